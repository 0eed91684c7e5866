// The anchor index answers as `anchors.some((a) => text.includes(a))`, on plain words, prefixes, suffixes, symbols, long
// anchors and texts with very long runs. It hashes substrings, so it may say "present" for a shared hash (a regex then
// runs and finds nothing), never "absent" for an anchor that is there; short words share no hash.
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
        // A miss is always right; a hit is right unless two substrings share a 32-bit hash (odds ~1e-7 per run here).
        if (naive(anchors, text)) expect(hasAnyAnchor(anchors, text)).toBe(true);
        else expect(hasAnyAnchor(anchors, text)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('gives no three-letter or -digit word the hash of another', () => {
    const chars = 'abcdefghijklmnopqrstuvwxyz0123456789';
    const words: string[] = [];
    for (const a of chars) for (const b of chars) for (const c of chars) words.push(a + b + c);
    // A text holding one such word has no other substring of three characters: every other word must be absent.
    for (const word of words.filter((_, i) => i % 2333 === 0)) {
      expect(hasAnyAnchor(words.filter((w) => w !== word), ` ${word} `)).toBe(false);
      expect(hasAnyAnchor([word], ` ${word} `)).toBe(true);
    }
  });
});
