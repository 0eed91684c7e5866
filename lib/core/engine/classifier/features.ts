// Features of a normalised text for the built-in classifiers: words, word pairs and character 3–5-grams, hashed.
// Training (scripts/train-models.ts) and checking share this code, so a model sees exactly what it was trained on.

/** Hash space of the features; a model stores weights for a few thousand of these indexes. */
export const FEATURE_SPACE = 1 << 17;

const TOKEN = /[a-z0-9\u00c0-\u1fff\u3040-\ud7ff']+|[^\sa-z0-9\u00c0-\u1fff\u3040-\ud7ff]/g;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnvString(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

// One mark per feature index, stamped with the call's number: dedupes without allocating a Set on every keystroke.
const stamps = new Uint32Array(FEATURE_SPACE);
let call = 0;

/** Distinct feature indexes of a text (bounded: only the first 2,000 characters are read). */
export function featuresOf(normalized: string): Uint32Array {
  const text = normalized.length > 2000 ? normalized.slice(0, 2000) : normalized;
  call = call === 0xffffffff ? 1 : call + 1;
  if (call === 1) stamps.fill(0);
  const found: number[] = [];
  const add = (h: number) => {
    const index = (h >>> 0) % FEATURE_SPACE;
    if (stamps[index] !== call) {
      stamps[index] = call;
      found.push(index);
    }
  };
  const tokens = text.match(TOKEN) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    add(fnvString(fnvString(FNV_OFFSET, 'w:'), tokens[i]));
    if (i + 1 < tokens.length) add(fnvString(fnvString(fnvString(fnvString(FNV_OFFSET, 'b:'), tokens[i]), ' '), tokens[i + 1]));
  }
  // Character n-grams hashed in place, without building the substrings.
  const padded = ` ${text} `;
  const prefixes = [0, 0, 0, fnvString(FNV_OFFSET, 'c3:'), fnvString(FNV_OFFSET, 'c4:'), fnvString(FNV_OFFSET, 'c5:')];
  for (let n = 3; n <= 5; n++) {
    for (let i = 0; i + n <= padded.length; i++) {
      let h = prefixes[n];
      for (let k = i; k < i + n; k++) h = Math.imul(h ^ padded.charCodeAt(k), FNV_PRIME);
      add(h);
    }
  }
  return Uint32Array.from(found);
}
