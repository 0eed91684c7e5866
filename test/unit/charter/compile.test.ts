import { describe, expect, it } from 'vitest';
import { formatCharterError } from '../../../lib/core/charter/charter-error';
import { compileCharter, compileCharterOrThrow } from '../../../lib/core/charter/compile';
import type { CharterInput } from '../../../lib/core/charter/schema';
import { check } from '../../../lib/core/engine/check';
import { INCOMING_CATEGORIES } from '../../../lib/core/engine/vocabulary';

const minimal = (over: Partial<CharterInput> = {}): CharterInput => ({
  schemaVersion: 1,
  id: 'acme',
  version: '3',
  updatedAt: '2026-11-01',
  brand: { name: 'Acme', languages: ['en'], platforms: ['x'] },
  paths: [],
  phrasings: [],
  rules: [],
  ...over,
});

describe('compileCharter', () => {
  it('protects a minimal charter with the built-in packs and a default path per incoming category', () => {
    const c = compileCharterOrThrow(minimal());
    expect(new Set(c.paths.map((p) => p.category))).toEqual(new Set(INCOMING_CATEGORIES));
    expect(c.rules.length).toBeGreaterThan(40);
    expect(check({ incoming: 'my order never arrived', draft: "We'll refund you today!!!", platform: 'x', isPublic: true }, c).categories).toEqual(
      expect.arrayContaining(['sav', 'out_of_perimeter', 'overmarketing']),
    );
  });

  it('produces plain JSON the content script can receive', () => {
    const c = compileCharterOrThrow(minimal());
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });

  it('lets a charter disable, override and replace pack rules, and extend lexicons', () => {
    const c = compileCharterOrThrow(
      minimal({
        packs: { disable: ['common.overmarketing.emoji'], override: { 'en.insult.vulgar': { severity: 'warning', clause: 'Rule 9' } } },
        lexicons: { competitors: ['globex'] },
        rules: [{ id: 'acme.competitors', kind: 'existence', category: 'style', severity: 'info', message: 'No competitor', terms: ['@competitors'] }],
      }),
    );
    expect(c.rules.find((r) => r.id === 'common.overmarketing.emoji')).toBeUndefined();
    expect(c.rules.find((r) => r.id === 'en.insult.vulgar')).toMatchObject({ severity: 'warning', clause: 'Rule 9' });
    expect(check({ incoming: '', draft: 'We met the Globex team', platform: 'x', isPublic: true }, c).findings.map((f) => f.ruleId)).toEqual(['acme.competitors']);
  });

  it('warns about overrides and disables naming no built-in rule', () => {
    const r = compileCharter(minimal({ packs: { disable: ['nope'], override: { ghost: { severity: 'info' } } } }));
    expect(r.ok && r.warnings.map(formatCharterError)).toEqual([
      "packs.disable[0]: no built-in rule has the id 'nope'",
      "packs.override.ghost: no built-in rule has the id 'ghost'",
    ]);
  });

  it('turns path triggers into incoming rules for that path', () => {
    const c = compileCharterOrThrow(
      minimal({ paths: [{ id: 'recall', category: 'crisis', label: 'Recall desk', triggers: ['code orange'], secondPairOfEyes: true }] }),
    );
    const r = check({ incoming: 'Code orange at the Lyon store', draft: '', platform: 'x', isPublic: true }, c);
    expect(r.paths).toMatchObject([{ id: 'recall', category: 'crisis', ruleId: 'path:recall' }]);
  });

  it('refuses rules whose category and scope disagree, duplicate ids and unknown path references', () => {
    const r = compileCharter(
      minimal({
        rules: [
          { id: 'a', kind: 'existence', category: 'sav', scope: 'draft', severity: 'info', message: 'x', terms: ['x'] },
          { id: 'b', kind: 'occurrence', category: 'legal', severity: 'info', message: 'x', count: 'emoji', max: 1 },
          { id: 'c', kind: 'existence', category: 'style', severity: 'info', message: 'x', terms: ['x'], when: { incomingPaths: ['nowhere'] } },
          { id: 'c', kind: 'existence', category: 'style', severity: 'info', message: 'x', terms: ['y'] },
        ],
      }),
    );
    expect(r.ok).toBe(false);
    const messages = r.ok ? [] : r.errors.map(formatCharterError);
    expect(messages).toContain("rules[0].scope: a 'sav' rule reads the incoming message, got scope 'draft'");
    expect(messages).toContain("rules[1].kind: expected existence, substitution, pattern or classifier for a rule on the incoming message, got 'occurrence'");
    expect(messages.some((m) => m.startsWith('rules[2].when.incomingPaths[0]: expected the id of a path'))).toBe(true);
    expect(messages).toContain("rules[3].id: duplicate rule id 'c' (also rules[2])");
  });

  it('finds the variables of phrasings', () => {
    const c = compileCharterOrThrow(
      minimal({ paths: [{ id: 'sav', category: 'sav', label: 'CS', secondPairOfEyes: false }], phrasings: [{ id: 'p', path: 'sav', lang: 'en', text: 'Hi {first_name}, ref {ticket ref}' }] }),
    );
    expect(c.phrasings[0].variables).toEqual(['first_name', 'ticket ref']);
  });
});
