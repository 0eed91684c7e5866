// "Is any of these anchors in the text?", asked for every matcher and part of every rule on each check. Testing each
// anchor with `includes` costs a scan of the text per anchor: ~10,000 anchors on a 5,000-character draft is most of a
// check. Instead, the text's letter-and-digit runs are cut once into their substrings (a Set), and an anchor made of
// letters and digits is in the text exactly when it is one of them. Other anchors (emoji, symbols), anchors longer
// than the cut, and texts with very long runs fall back to `includes`, so the answer is always the same.

const RUN = /[a-z0-9]+/g;
const PLAIN = /^[a-z0-9]+$/;
/** Substrings up to this length are indexed; longer anchors are looked for with `includes`. */
const MAX_ANCHOR = 24;
/** A run longer than this (a URL, a pasted hash) is not cut up: anchors are then looked for with `includes` too. */
const MAX_RUN = 64;

interface Index {
  subject: string;
  substrings: Set<string>;
  /** Some run was not indexed: a miss in the Set is not an answer. */
  partial: boolean;
}

let last: Index | null = null;

function indexOf(subject: string): Index {
  if (last && last.subject === subject) return last;
  const substrings = new Set<string>();
  let partial = false;
  for (const m of subject.matchAll(RUN)) {
    const run = m[0];
    if (run.length > MAX_RUN) {
      partial = true;
      continue;
    }
    if (substrings.has(run)) continue;
    for (let i = 0; i < run.length; i++) {
      const end = Math.min(run.length, i + MAX_ANCHOR);
      for (let j = i + 1; j <= end; j++) substrings.add(run.slice(i, j));
    }
  }
  last = { subject, substrings, partial };
  return last;
}

/** Anchors split by how they are looked for, once per anchor list. */
const kinds = new WeakMap<readonly string[], { plain: string[]; other: string[] }>();

function kindsOf(anchors: readonly string[]): { plain: string[]; other: string[] } {
  let k = kinds.get(anchors);
  if (!k) {
    k = { plain: [], other: [] };
    for (const a of anchors) (a.length <= MAX_ANCHOR && PLAIN.test(a) ? k.plain : k.other).push(a);
    kinds.set(anchors, k);
  }
  return k;
}

/** True when at least one anchor occurs in the subject (same answer as `anchors.some((a) => subject.includes(a))`). */
export function hasAnyAnchor(anchors: readonly string[], subject: string): boolean {
  const { plain, other } = kindsOf(anchors);
  const index = indexOf(subject);
  for (const a of plain) if (index.substrings.has(a) || (index.partial && subject.includes(a))) return true;
  for (const a of other) if (subject.includes(a)) return true;
  return false;
}
