// A junior must not get an error-level reply past Gardefou by disguising its words (issue 16): every should_flag example
// of an error-level rule in force with the demo charter (its own rules and the built-in packs, those that read the
// normalised text), disguised 8 ways, is still flagged by that rule. Only words of four letters or more are disguised; numbers, e-mails and codes stay as typed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCharterText } from '../../../lib/core/charter/compile';
import { runExamples } from '../../../lib/core/charter/run-examples';
import type { RuleSource } from '../../../lib/core/charter/schema';
import type { ExampleSource } from '../../../lib/core/charter/schema-fields';
import { BUILTIN_PACKS } from '../../../lib/core/packs';

const CYRILLIC: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', s: 'ѕ', A: 'А', E: 'Е', O: 'О', P: 'Р', C: 'С' };
const SMALL_CAPS: Record<string, string> = { a: 'ᴀ', b: 'ʙ', c: 'ᴄ', d: 'ᴅ', e: 'ᴇ', f: 'ꜰ', g: 'ɢ', h: 'ʜ', i: 'ɪ', j: 'ᴊ', k: 'ᴋ', l: 'ʟ', m: 'ᴍ', n: 'ɴ', o: 'ᴏ', p: 'ᴘ', r: 'ʀ', s: 'ꜱ', t: 'ᴛ', u: 'ᴜ', v: 'ᴠ', w: 'ᴡ', y: 'ʏ', z: 'ᴢ' };
const LEET: Record<string, string> = { e: '3', o: '0', a: '4', i: '1' };

const DISGUISES: Record<string, (word: string) => string> = {
  cyrillic: (w) => [...w].map((c) => CYRILLIC[c] ?? c).join(''),
  'full-width': (w) => [...w].map((c) => (/[A-Za-z]/.test(c) ? String.fromCodePoint(c.codePointAt(0)! + 0xfee0) : c)).join(''),
  'zero-width': (w) => [...w].join('\u200b'),
  'tag characters': (w) => [...w].join('\u{E0020}'),
  'letter-spaced': (w) => [...w].join('.'),
  leetspeak: (w) => [...w].map((c, i, all) => (i > 0 && i < all.length - 1 && LEET[c] && !LEET[all[i - 1]] ? LEET[c] : c)).join(''),
  'small capitals': (w) => [...w].map((c) => SMALL_CAPS[c] ?? c).join(''),
  'combining marks': (w) => [...w].map((c) => `${c}\u0336`).join(''),
};

/** Words of four letters or more (accented letters included) are disguised; the rest stays as typed. */
function disguise(text: string, how: (word: string) => string): string {
  return text.replace(/(?<![\p{L}\p{N}@._-])\p{L}{4,}(?![\p{L}\p{N}@_-])/gu, how);
}

function disguiseExample(example: ExampleSource, how: (word: string) => string): ExampleSource {
  if (typeof example === 'string') return disguise(example, how);
  return { ...example, ...(example.text ? { text: disguise(example.text, how) } : {}), ...(example.draft ? { draft: disguise(example.draft, how) } : {}) };
}

describe('look-alike bypass corpus', () => {
  const text = readFileSync('charters/brandtruc.json', 'utf8');
  const charter = JSON.parse(text);
  const result = compileCharterText(text);
  if (!result.ok) throw new Error('the demo charter must compile');
  const compiled = result.compiled;
  // Rules that read the normalised text. Personal-data detectors and raw `pattern` rules (promo codes) read the text as
  // typed, capitals included, with its look-alikes folded: detector-lookalikes.test.ts disguises their data.
  const readsNormalized = (r: (typeof compiled.rules)[number]) => r.kind !== 'detector' && !(r.swaps ?? []).some((s) => s.matcher.on === 'raw');
  const errorRules = new Set(compiled.rules.filter((r) => r.severity === 'error' && r.scope === 'draft' && readsNormalized(r)).map((r) => r.id));
  const sources: { rule: RuleSource; at: string }[] = [
    ...charter.rules.map((rule: RuleSource, i: number) => ({ rule, at: `rules[${i}]` })),
    ...BUILTIN_PACKS.flatMap((p) => p.rules.map((rule, i) => ({ rule, at: `${p.id}.rules[${i}]` }))),
  ].filter(({ rule }) => errorRules.has(rule.id) && rule.examples?.should_flag?.length);

  it('covers the error-level rules of the demo charter and its packs', () => {
    expect(sources.filter((s) => s.at.startsWith('rules[')).length).toBeGreaterThanOrEqual(5);
    expect(sources.reduce((n, s) => n + s.rule.examples!.should_flag!.length, 0)).toBeGreaterThanOrEqual(40);
  });

  for (const [name, how] of Object.entries(DISGUISES)) {
    it(`still flags every example written with ${name}`, () => {
      const disguised = sources.map(({ rule, at }) => ({
        rule: { ...rule, examples: { should_flag: rule.examples!.should_flag!.map((e) => disguiseExample(e, how)) } } as RuleSource,
        at,
      }));
      const report = runExamples(disguised, compiled);
      expect(report.run).toBeGreaterThanOrEqual(40);
      expect(report.failures.map((f) => `${f.ruleId}: ${f.text}`)).toEqual([]);
    }, 60_000);
  }
});
