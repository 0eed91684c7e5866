// Features of a normalised text for the built-in classifiers: words, word pairs and character 3–5-grams, hashed.
// Training (scripts/train-models.ts) and checking share this code, so a model sees exactly what it was trained on.

/** Hash space of the features; a model stores weights for a few thousand of these indexes. */
export const FEATURE_SPACE = 1 << 17;

const TOKEN = /[a-z0-9\u00c0-\u1fff\u3040-\ud7ff']+|[^\sa-z0-9\u00c0-\u1fff\u3040-\ud7ff]/g;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Distinct feature indexes of a text (bounded: only the first 2,000 characters are read). */
export function featuresOf(normalized: string): Uint32Array {
  const text = normalized.length > 2000 ? normalized.slice(0, 2000) : normalized;
  const seen = new Set<number>();
  const add = (f: string) => seen.add(fnv1a(f) % FEATURE_SPACE);
  const tokens = text.match(TOKEN) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    add(`w:${tokens[i]}`);
    if (i + 1 < tokens.length) add(`b:${tokens[i]} ${tokens[i + 1]}`);
  }
  const padded = ` ${text} `;
  for (let n = 3; n <= 5; n++) {
    for (let i = 0; i + n <= padded.length; i++) add(`c${n}:${padded.slice(i, i + n)}`);
  }
  return Uint32Array.from(seen);
}
