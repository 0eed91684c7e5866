// "Is any of these anchors in the text?", asked for every matcher and part of every rule on each check. Testing each
// anchor with `includes` costs a scan of the text per anchor: ~10,000 anchors on a 5,000-character draft is most of a
// check. Instead, the hashes of the substrings of the text's letter-and-digit runs go once into a Set, and an anchor made
// of letters and digits can be in the text only when its hash is one of them. Other anchors (emoji, symbols), anchors longer
// than the cut, and texts with very long runs fall back to `includes`, so the answer is always the same.

const PLAIN = /^[a-z0-9]+$/;
/** Substrings up to this length are indexed; longer anchors are looked for with `includes`. */
const MAX_ANCHOR = 24;
/** A run longer than this (a URL, a pasted hash) is not cut up: anchors are then looked for with `includes` too. */
const MAX_RUN = 64;

interface Index {
  subject: string;
  /**
   * A 32-bit hash of every substring of every run (numbers: no string is cut, on each keystroke). Two substrings may
   * share a hash: a false "present" only runs a regex that then finds nothing, so the findings never change.
   */
  hashes: Set<number>;
  /** Some run was not indexed: a miss in the Set is not an answer. */
  partial: boolean;
}

let last: Index | null = null;

const isRunChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** FNV-1a, 32 bits: one step per character, so indexOf hashes every prefix of a substring as it goes. */
const FNV_OFFSET = 0x811c9dc5 | 0;
const step = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);

function hashOf(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) h = step(h, text.charCodeAt(i));
  return h;
}

function indexOf(subject: string): Index {
  if (last && last.subject === subject) return last;
  const hashes = new Set<number>();
  let partial = false;
  for (let start = 0; start < subject.length; ) {
    if (!isRunChar(subject.charCodeAt(start))) {
      start++;
      continue;
    }
    let end = start + 1;
    while (end < subject.length && isRunChar(subject.charCodeAt(end))) end++;
    if (end - start > MAX_RUN) partial = true;
    else {
      for (let i = start; i < end; i++) {
        const stop = Math.min(end, i + MAX_ANCHOR);
        let h = FNV_OFFSET;
        for (let j = i; j < stop; j++) hashes.add((h = step(h, subject.charCodeAt(j))));
      }
    }
    start = end;
  }
  last = { subject, hashes, partial };
  return last;
}

interface AnchorKinds {
  plain: string[];
  /** The hash of each plain anchor, as indexOf computes it. */
  plainHashes: number[];
  other: string[];
}

/** Anchors split by how they are looked for, once per anchor list. */
const kinds = new WeakMap<readonly string[], AnchorKinds>();

function kindsOf(anchors: readonly string[]): AnchorKinds {
  let k = kinds.get(anchors);
  if (!k) {
    k = { plain: [], plainHashes: [], other: [] };
    for (const a of anchors) (a.length <= MAX_ANCHOR && PLAIN.test(a) ? k.plain : k.other).push(a);
    k.plainHashes = k.plain.map(hashOf);
    kinds.set(anchors, k);
  }
  return k;
}

/**
 * True when at least one anchor occurs in the subject; may also say true, rarely, when a hash is shared (the caller then
 * runs a regex that finds nothing), never false when `anchors.some((a) => subject.includes(a))`.
 */
export function hasAnyAnchor(anchors: readonly string[], subject: string): boolean {
  const { plain, plainHashes, other } = kindsOf(anchors);
  const index = indexOf(subject);
  for (let i = 0; i < plain.length; i++) if (index.hashes.has(plainHashes[i]) || (index.partial && subject.includes(plain[i]))) return true;
  for (const a of other) if (subject.includes(a)) return true;
  return false;
}
