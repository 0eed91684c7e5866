// Features of a normalised text for the built-in classifiers: words, word pairs and character 3–5-grams, hashed.
// Training (scripts/train-models.ts) and checking share this code, so a model sees exactly what it was trained on.

/** Hash space of the features; a model stores weights for a few thousand of these indexes. */
export const FEATURE_SPACE = 1 << 17;

const TOKEN = /[a-z0-9\u00c0-\u1fff\u3040-\ud7ff']+|[^\sa-z0-9\u00c0-\u1fff\u3040-\ud7ff]/g;
/**
 * @handles and links say who is addressed and where, not what is said: every one reads as the same token, so a model
 * never learns that "@user" (how one dataset anonymises) or a t.co link means anything.
 */
const MENTION_OR_LINK = /@[a-z0-9_.]+|\bhttps?:\/\/\S+|\bwww\.\S+/g;
/** A run of three or more "!", "?" or "." is a cue of its own (shouting, mock surprise, trailing irony). */
const PUNCT_RUN = /([!?.])\1{2,}/g;
/** Words that open a negation: the words after one, up to the sentence's next punctuation, get a negated twin. */
const NEGATION = new Set(['ne', "n'", 'pas', 'jamais', 'aucun', 'aucune', 'sans', 'not', 'no', 'never', "don't", "doesn't", "didn't", "won't", "can't", 'cannot', "isn't", "aren't", "wasn't", "wouldn't", 'nobody', 'nothing']);
const CLAUSE_END = /^[.,;:!?…()"]$/;
const NEGATION_SPAN = 4;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnvString(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

const WORD = fnvString(FNV_OFFSET, 'w:');
const PAIR = fnvString(FNV_OFFSET, 'b:');
const NEGATED = fnvString(FNV_OFFSET, 'n:');
const RUN = fnvString(FNV_OFFSET, 'r:');

/** Which feature families are extracted. The shipped models use FEATURES; the training script measures the others. */
export interface FeatureSet {
  /** Mask @handles and links as one token. */
  maskHandles: boolean;
  /** A negated twin for words in a negation's scope. */
  negation: boolean;
  /** A token for each run of "!!!", "???", "...". */
  punctuationRuns: boolean;
}

export const FEATURES: FeatureSet = { maskHandles: true, negation: true, punctuationRuns: true };

// One mark per feature index, stamped with the call's number: dedupes without allocating a Set on every keystroke.
const stamps = new Uint32Array(FEATURE_SPACE);
let call = 0;

/** Distinct feature indexes of a text (bounded: only the first 2,000 characters are read). */
export function featuresOf(normalized: string, set: FeatureSet = FEATURES): Uint32Array {
  let text = normalized.length > 2000 ? normalized.slice(0, 2000) : normalized;
  if (set.maskHandles) text = text.replace(MENTION_OR_LINK, '@');
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
  let negatedFor = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    add(fnvString(WORD, token));
    if (i + 1 < tokens.length) add(fnvString(fnvString(fnvString(PAIR, token), ' '), tokens[i + 1]));
    if (set.negation) {
      if (CLAUSE_END.test(token)) negatedFor = 0;
      else if (NEGATION.has(token)) negatedFor = NEGATION_SPAN;
      else if (negatedFor > 0) {
        add(fnvString(NEGATED, token));
        negatedFor--;
      }
    }
  }
  if (set.punctuationRuns) for (const run of text.match(PUNCT_RUN) ?? []) add(fnvString(RUN, run[0]));
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
