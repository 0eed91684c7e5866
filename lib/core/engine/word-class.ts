// Word characters of normalised text, as a short explicit class: lowercase Latin, digits, and the letter blocks
// of other scripts (general punctuation, symbols and emoji, U+2000–U+303F and astral, are not word characters).
// Unicode property classes (\p{L}) make V8 compile large rule regexes 20× slower, which a page would feel;
// the ranges are written as literal characters to keep compiled charters short.
export const WORD_CLASS = 'a-z0-9\u00c0-\u1fff\u3040-\ud7ff';
export const WORD = `[${WORD_CLASS}]`;
export const NOT_WORD = `[^${WORD_CLASS}]`;
