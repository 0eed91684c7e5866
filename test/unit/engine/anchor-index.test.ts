// The anchor index answers exactly as `anchors.some((a) => text.includes(a))`, on plain words, prefixes, suffixes,
// symbols, long anchors and texts with very long runs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasAnyAnchor } from '../../../lib/core/engine/anchor-index';

const naive = (anchors: string[], text: string) => anchors.some((a) => text.includes(a));

describe('hasAnyAnchor', () => {
  it('finds whole words, word pieces and symbols, and nothing else', () => {
    const text = 'bonjour, nous allons vous rembourser 😀 demain-matin';
    expect(hasAnyAnchor(['rembours'], text)).toBe(true);
    expect(hasAnyAnchor(['ourser'], text)).toBe(true);
    expect(hasAnyAnchor(['😀'], text)).toBe(true);
    expect(hasAnyAnchor(['matin'], text)).toBe(true);
    expect(hasAnyAnchor(['demainmatin'], text)).toBe(false);
    expect(hasAnyAnchor(['remboursement', 'colis'], text)).toBe(false);
    expect(hasAnyAnchor([], text)).toBe(false);
  });

  it('looks past the index for anchors longer than it and runs too long to cut up', () => {
    const long = 'a'.repeat(30);
    expect(hasAnyAnchor([long], `x ${long}b`)).toBe(true);
    const run = `${'z'.repeat(100)}needle${'z'.repeat(100)}`;
    expect(hasAnyAnchor(['needle'], run)).toBe(true);
    expect(hasAnyAnchor(['haystack'], run)).toBe(false);
  });

  it('agrees with includes on random texts and anchors', () => {
    const letters = fc.stringMatching(/^[a-z0-9 ,.'é😀-]{0,80}$/);
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z0-9😀é]{1,8}$/), { maxLength: 6 }), letters, (anchors, text) => {
        expect(hasAnyAnchor(anchors, text)).toBe(naive(anchors, text));
      }),
      { numRuns: 300 },
    );
  });
});
