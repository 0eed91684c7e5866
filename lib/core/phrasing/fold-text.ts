// Text folded for matching: no case, no accents, ligatures spelled out, curly quotes straightened, spaces collapsed.

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ﬁ: 'fi', ﬂ: 'fl' };
const QUOTES = /[\u2018\u2019\u201A\u2032\u02BC]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/** Folds one character; may return more than one (œ → oe) or '' (a combining accent). */
function foldChar(char: string): string {
  const lower = char.toLowerCase();
  const ligature = LIGATURES[lower];
  if (ligature) return ligature;
  return lower.normalize('NFD').replace(/\p{M}/gu, '').replace(QUOTES, "'").replace(DASHES, '-').replace(/\s/gu, ' ');
}

export function foldForSearch(text: string): string {
  return foldWithOffsets(text).folded.replace(/ +/g, ' ').trim();
}

export interface FoldedText {
  folded: string;
  /** For each character of `folded`, the index of the character of the original text it came from. */
  origin: number[];
}

/** Folds character by character and remembers where each folded character came from, to highlight matches in the original. */
export function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const out = foldChar(char);
    folded += out;
    // One entry per UTF-16 unit, so `origin` lines up with `folded` indices even for emoji.
    for (let unit = 0; unit < out.length; unit++) origin.push(index);
    index += char.length;
  }
  return { folded, origin };
}
