// The demo charter encodes the whole Brandtruc charter: 20 points, 6 paths, every approved phrasing; its examples pass.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCharterText } from '../../../lib/core/charter/compile';
import { runExamples } from '../../../lib/core/charter/run-examples';
import { BUILTIN_PACKS } from '../../../lib/core/packs';

const result = compileCharterText(readFileSync('charters/brandtruc.json', 'utf8'));
if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
const { compiled, charter } = result;

describe('charters/brandtruc.json', () => {
  it('has the six escalation paths with channel, redirect and SLA in both languages', () => {
    expect(compiled.paths.map((p) => p.id).sort()).toEqual(['crisis', 'hr', 'legal', 'partnership', 'press', 'sav']);
    for (const p of compiled.paths) {
      for (const field of ['label', 'internalChannel', 'publicRedirect', 'sla'] as const) {
        expect(p[field]?.fr, `${p.id}.${field}.fr`).toBeTruthy();
        expect(p[field]?.en, `${p.id}.${field}.en`).toBeTruthy();
      }
    }
    expect(compiled.paths.filter((p) => p.secondPairOfEyes).map((p) => p.id).sort()).toEqual(['crisis', 'legal', 'press']);
  });

  it('carries every approved phrasing of the charter document, verbatim', () => {
    const ids = compiled.phrasings.map((p) => p.id);
    const expected = [
      ...['1.1', '1.2', '1.3', '2.1', '2.2', '3.1', '3.2', '4.1', '4.2', '4.3', '5.1', '5.2', '5.3', '6.1', '6.2', '7.1', '7.2'].map((n) => `FR ${n}`),
      ...['1.1', '1.2', '1.3', '2.1', '2.2', '3.1', '3.2', '4.1', '4.2', '4.3', '5.1', '5.2', '6.1', '6.2', '7.1', '7.2'].map((n) => `EN ${n}`),
    ];
    expect(ids).toEqual(expect.arrayContaining(expected));
    const doc = readFileSync('charters/brandtruc-charter.md', 'utf8');
    for (const id of expected) {
      const text = compiled.phrasings.find((p) => p.id === id)!.text;
      expect(doc, id).toContain(text);
    }
  });

  it('cites every one of the 20 charter points', () => {
    const cited = new Set<number>();
    const collect = (clause?: string) => clause?.match(/§(\d+)/g)?.forEach((m) => cited.add(Number(m.slice(1))));
    compiled.rules.forEach((r) => collect(r.clause));
    compiled.paths.forEach((p) => collect(p.clause));
    collect(compiled.review.clause);
    collect(compiled.escalationLog.clause);
    expect([...cited].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('allows the brand’s own contacts and encodes the tone limits of §4', () => {
    expect(compiled.contacts.phones).toEqual(expect.arrayContaining(['970809000', '184880000', '184880099']));
    expect(compiled.rules.find((r) => r.id === 'brandtruc.tone.exclamation')?.occurrence?.max).toBe(1);
    expect(compiled.rules.find((r) => r.id === 'brandtruc.tone.emoji')?.occurrence?.max).toBe(2);
  });

  // One test per source of rules: each first use compiles its rules' regexes, so together they ran near the 5 s
  // default on a loaded 2-core machine, and each alone is well under it.
  it('passes all the examples of the charter’s own rules', () => {
    const report = runExamples(
      charter.rules.map((rule, i) => ({ rule, at: `rules[${i}]` })),
      compiled,
    );
    expect(report.failures).toEqual([]);
    expect(report.run).toBeGreaterThan(20);
  });

  it.each(BUILTIN_PACKS.map((p) => [p.id, p] as const))('passes all the examples of the built-in pack %s', (_id, pack) => {
    const report = runExamples(
      pack.rules.map((rule, i) => ({ rule, at: `${pack.id}.rules[${i}]` })),
      compiled,
    );
    expect(report.failures).toEqual([]);
    expect(report.run).toBeGreaterThan(20);
  });
});
