// Property-based checks: whatever the text and whatever valid rules a charter holds, check() never throws
// and every finding's offsets fall inside the draft.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCharter } from '../../../lib/core/charter/compile';
import type { CharterInput, RuleSource } from '../../../lib/core/charter/schema';
import { check } from '../../../lib/core/engine/check';
import { CATEGORIES, DRAFT_CATEGORIES, MODES, PLATFORMS, SEVERITIES } from '../../../lib/core/engine/vocabulary';

const base: CharterInput = {
  schemaVersion: 1,
  id: 'fuzz',
  version: '1',
  updatedAt: '2026-11-20',
  brand: { name: 'Fuzz', languages: ['fr', 'en'], platforms: ['facebook', 'x', 'linkedin'] },
  paths: [],
  phrasings: [],
  rules: [],
};

const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.constantFrom(
    '\u202eredner\u202c \u200b\u200d\u2060 On vous rembourse',
    'e\u0301\u0301\u0301 ça ne marche plus ; ma commande !!!',
    '😀'.repeat(300),
    '0123456789 '.repeat(40),
    'عربي עברית remboursement مرحبا',
    '\uD800 lone surrogate \uDFFF',
  ),
);

const word = fc.stringMatching(/^[a-zàéèç]{1,8}$/);
const term = fc.oneof(
  word,
  fc.tuple(word, word).map(([a, b]) => `${a} ${b}`),
  fc.tuple(word, word).map(([a, b]) => `(${a}|${b})`),
  fc.tuple(word, word).map(([a, b]) => `${a} ... ${b}`),
  word.map((w) => `${w}*`),
);

const draftRule: fc.Arbitrary<RuleSource> = fc.oneof(
  fc.record({
    id: fc.stringMatching(/^r[a-z0-9]{1,6}$/),
    kind: fc.constant('existence' as const),
    category: fc.constantFrom(...DRAFT_CATEGORIES),
    severity: fc.constantFrom(...SEVERITIES),
    message: fc.constant('m'),
    terms: fc.array(term, { minLength: 1, maxLength: 4 }),
    unless: fc.option(fc.record({ negated: fc.boolean(), study: fc.boolean(), joke: fc.boolean(), dm: fc.boolean() }), { nil: undefined }),
  }),
  fc.record({
    id: fc.stringMatching(/^o[a-z0-9]{1,6}$/),
    kind: fc.constant('occurrence' as const),
    category: fc.constantFrom(...DRAFT_CATEGORIES),
    severity: fc.constantFrom(...SEVERITIES),
    message: fc.constant('m'),
    count: fc.constantFrom('exclamation', 'emoji', 'hashtag', 'mention', 'link', 'characters', 'caps_words'),
    max: fc.nat(50),
  }),
  fc.record({
    id: fc.stringMatching(/^p[a-z0-9]{1,6}$/),
    kind: fc.constant('pattern' as const),
    category: fc.constantFrom(...DRAFT_CATEGORIES),
    severity: fc.constantFrom(...SEVERITIES),
    message: fc.constant('m'),
    pattern: fc.constantFrom('\\d{3,}', '[A-Z]{4,}', 'rembours\\w*', '(?:ab|cd)+', '\\p{Extended_Pictographic}'),
  }),
);

describe('engine under random input', () => {
  const builtin = compileCharter(base);
  if (!builtin.ok) throw new Error('base charter');

  it('never throws and keeps offsets inside the draft, on the built-in packs', () => {
    fc.assert(
      fc.property(hostileText, hostileText, fc.constantFrom(...PLATFORMS), fc.constantFrom(...MODES), fc.boolean(), (incoming, draft, platform, mode, isPublic) => {
        const r = check({ incoming, draft, platform, mode, isPublic }, builtin.compiled);
        for (const f of r.findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(draft.length);
          expect(f.start).toBeLessThanOrEqual(f.end);
        }
        for (const p of r.paths) expect(p.end).toBeLessThanOrEqual(incoming.length);
        expect(r.categories.every((c) => (CATEGORIES as readonly string[]).includes(c))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random rule sets from the schema', () => {
    let compiledSets = 0;
    fc.assert(
      fc.property(fc.uniqueArray(draftRule, { maxLength: 6, selector: (r) => r.id }), hostileText, (rules, draft) => {
        const compiled = compileCharter({ ...base, packs: { builtin: [] }, rules });
        if (!compiled.ok) return; // a random rule set may be invalid (e.g. a term made only of accents): lint reports it
        compiledSets++;
        const r = check({ incoming: '', draft, platform: 'x', isPublic: true }, compiled.compiled);
        for (const f of r.findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(draft.length);
        }
      }),
      { numRuns: 200 },
    );
    expect(compiledSets).toBeGreaterThan(150);
  });
});
