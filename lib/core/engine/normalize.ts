// Text normalisation before matching: case, accents, typographic variants, stretched letters, SMS spellings.
// Every normalised character remembers the raw span it came from, so findings point at the CM's own text.
import { currentLexis, fromLexis } from './lexis';
import { isInvisibleAstral, LEET_DIGITS, lookalikes } from './lookalikes';
import type { Lang } from './vocabulary';

export interface NormalizedText {
  /** Lowercase, accent-free text with SMS spellings expanded. */
  text: string;
  /** For each UTF-16 index of `text`, where its source starts in the raw string. */
  from: number[];
  /** For each UTF-16 index of `text`, where its source ends (exclusive) in the raw string. */
  to: number[];
}

export const INVISIBLE = /^[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u2800\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF9-\uFFFB]$/;
const COMBINING_MARK = /\p{M}/gu;
const LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;


/** Code points already folded, kept per lexis (its look-alike letters decide the folds). */
const foldedCodePoints = () => fromLexis('foldedCodePoints', () => new Map<string, string>());

/** One code point folded: compatibility-decomposed, marks stripped, lowercased, look-alikes read as Latin letters. */
function foldCodePoint(ch: string, foldedCache: Map<string, string>, letters: ReadonlyMap<string, string>, special: Record<string, string>): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch === '\r' ? '' : ch === '\t' ? ' ' : ch;
  let folded = foldedCache.get(ch);
  if (folded === undefined) {
    if (ch in special) folded = special[ch];
    else if (INVISIBLE.test(ch)) folded = '';
    else if (/\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(ch)) folded = ch;
    else if (/\s/u.test(ch)) folded = ch === '\n' || ch === '\u2028' || ch === '\u2029' ? '\n' : ' ';
    else folded = [...ch.normalize('NFKD').replace(COMBINING_MARK, '').toLowerCase()].map((c) => letters.get(c) ?? c).join('');
    if (foldedCache.size < 4096) foldedCache.set(ch, folded);
  }
  return folded;
}

interface Builder {
  out: string[];
  from: number[];
  to: number[];
  /** Set by stage 1: a digit right after a letter ("r3"), or "x.y" with a lone letter (worth the later stages' look). */
  maybeLeet?: boolean;
  maybeSpaced?: boolean;
}

function push(b: Builder, s: string, from: number, to: number): void {
  for (let k = 0; k < s.length; k++) {
    b.out.push(s[k]);
    b.from.push(from);
    b.to.push(to);
  }
}

/** Stage 1: fold every code point, keeping each output character's raw span. */
function foldCharacters(raw: string): Builder {
  const b: Builder = { out: [], from: [], to: [] };
  const cache = foldedCodePoints();
  const letters = lookalikes();
  const special = currentLexis().typographicFolds;
  for (let i = 0; i < raw.length; ) {
    const cp = raw.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    if (len === 1 || !isInvisibleAstral(cp)) {
      push(b, foldCodePoint(raw.slice(i, i + len), cache, letters, special), i, i + len);
      const n = b.out.length;
      if (n >= 3) {
        const last = b.out[n - 1];
        if (last >= '0' && last <= '9' && isAsciiLetter(b.out[n - 2])) b.maybeLeet = true;
        else if (last === b.out[n - 3] && LETTER_SPACING.has(last) && isAsciiLetter(b.out[n - 2])) b.maybeSpaced = true;
      }
    }
    i += len;
  }
  return b;
}

/** Copies characters [from, to) of one stage's output, with their offsets, into the next. */
function copyRange(r: Builder, b: Builder, from: number, to: number): void {
  for (let k = from; k < to; k++) {
    r.out.push(b.out[k]);
    r.from.push(b.from[k]);
    r.to.push(b.to[k]);
  }
}

/** Stage 2: a letter stretched over three or more characters ("nuuuul", "merciiii") counts once. */
function collapseStretchedLetters(b: Builder): Builder {
  const r: Builder = { out: [], from: [], to: [] };
  const n = b.out.length;
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && b.out[j] === b.out[i]) j++;
    const run = j - i;
    if (run >= 3 && LETTER.test(b.out[i])) {
      r.out.push(b.out[i]);
      r.from.push(b.from[i]);
      r.to.push(b.to[j - 1]);
    } else {
      copyRange(r, b, i, j);
    }
    i = j;
  }
  return r;
}

/** Stage 3: SMS spellings and "rembourser moi" imperatives rewritten word by word. */
function expandSpellings(b: Builder, lang: Lang): Builder {
  // The spellings come with the compiled charter (lexis.ts; written in lib/core/charter/sms-spellings.ts).
  const spellings = currentLexis().smsSpellings[lang];
  const r: Builder = { out: [], from: [], to: [] };
  const n = b.out.length;
  let i = 0;
  while (i < n) {
    if (!WORD_CHAR.test(b.out[i])) {
      copyRange(r, b, i, i + 1);
      i++;
      continue;
    }
    let j = i;
    while (j < n && WORD_CHAR.test(b.out[j])) j++;
    const word = b.out.slice(i, j).join('');
    const expansion = Object.prototype.hasOwnProperty.call(spellings, word)
      ? spellings[word]
      : lang === 'fr' && word === 'sa' && isFollowedBy(b.out, j, SA_AS_CA)
        ? 'ca'
        : undefined;
    if (expansion !== undefined) {
      push(r, expansion, b.from[i], b.to[j - 1]);
    } else if (lang === 'fr' && word.length > 4 && word.endsWith('er') && isFollowedByObjectPronoun(b.out, j)) {
      copyRange(r, b, i, j - 1);
      r.out.push('z');
      r.from.push(b.from[j - 1]);
      r.to.push(b.to[j - 1]);
    } else {
      copyRange(r, b, i, j);
    }
    i = j;
  }
  return r;
}

/** "sa marche pas", "sa fait 3 jours": "sa" written for "ça" before a verb. */
const SA_AS_CA = /^(fait|marche|va|suffit|commence|me|m'|m |te|t'|craint|sert|coute|change|arrive|recommence|bug|beug|plante|rame|bloque|devient)(?![\p{L}\p{N}])/u;

function isFollowedBy(chars: string[], at: number, next: RegExp): boolean {
  let k = at;
  while (k < chars.length && chars[k] === ' ') k++;
  return k > at && next.test(chars.slice(k, k + 12).join(''));
}

/** "rembourser moi", "contacter-nous": an infinitive used as an imperative. */
function isFollowedByObjectPronoun(chars: string[], at: number): boolean {
  let k = at;
  if (k >= chars.length || (chars[k] !== ' ' && chars[k] !== '-')) return false;
  while (k < chars.length && (chars[k] === ' ' || chars[k] === '-')) k++;
  const next = chars.slice(k, k + 5).join('');
  return /^(moi|nous)(?![\p{L}\p{N}])/u.test(next);
}

const ASCII_LETTER = /^[a-z]$/;

function isAsciiLetter(c: string): boolean {
  return c.length === 1 && c >= 'a' && c <= 'z';
}

function isWordish(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c > '\u007f' && WORD_CHAR.test(c));
}
const LETTER_SPACING = new Set([' ', '.', '-', '_', '*', '·', '/', '+', '~']);

/** Stage 1b: "r.e.m.b.o.u.r.s", "r e m b o u r s": four or more single letters, one separator between each, joined. */
function joinSpacedLetters(b: Builder): Builder {
  const n = b.out.length;
  if (!b.maybeSpaced) return b;
  // Fast path (most texts): no "x.y.z" anywhere, nothing to join.
  let candidate = false;
  const lone = (k: number) => isAsciiLetter(b.out[k]) && !(k > 0 && isWordish(b.out[k - 1])) && !(k + 1 < n && isWordish(b.out[k + 1]));
  for (let i = 2; i + 2 < n && !candidate; i++) {
    candidate = b.out[i + 1] === b.out[i - 1] && LETTER_SPACING.has(b.out[i - 1]) && lone(i) && lone(i - 2) && lone(i + 2);
  }
  if (!candidate) return b;
  const isWord = (k: number) => k >= 0 && k < n && WORD_CHAR.test(b.out[k]);
  const single = (k: number) => ASCII_LETTER.test(b.out[k]) && !isWord(k - 1) && !isWord(k + 1);
  let r: Builder | null = null;
  let copied = 0;
  for (let i = 0; i < n; i++) {
    if (!single(i) || (i >= 2 && b.out[i - 1] === b.out[i + 1] && LETTER_SPACING.has(b.out[i - 1]) && single(i - 2))) continue;
    const sep = b.out[i + 1];
    if (!LETTER_SPACING.has(sep)) continue;
    let j = i;
    let letters = 1;
    while (j + 2 < n && b.out[j + 1] === sep && single(j + 2)) {
      j += 2;
      letters++;
    }
    if (letters < 4) continue;
    r ??= { out: [], from: [], to: [] };
    copyRange(r, b, copied, i);
    for (let k = i; k <= j; k += 2) copyRange(r, b, k, k + 1);
    copied = j + 1;
    i = j;
  }
  if (!r) return b;
  copyRange(r, b, copied, n);
  r.maybeLeet = b.maybeLeet;
  return r;
}

/** Stage 1c: digits read as letters inside a word ("r3mb0urs3", "remb0urse"), never in a number or a code. */
function readLeetDigits(b: Builder): Builder {
  const n = b.out.length;
  if (!b.maybeLeet) return b;
  // Fast path (most texts): no digit between two letters.
  let candidate = false;
  for (let i = 1; i + 1 < n && !candidate; i++) {
    const c = b.out[i];
    candidate = c.length === 1 && c >= '0' && c <= '9' && isAsciiLetter(b.out[i - 1]) && isAsciiLetter(b.out[i + 1]);
  }
  if (!candidate) return b;
  for (let i = 0; i < n; ) {
    if (!WORD_CHAR.test(b.out[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && WORD_CHAR.test(b.out[j])) j++;
    if (j - i >= 4) {
      const word = b.out.slice(i, j).join('');
      // Letters around a lone digit, no two digits side by side (a code, a model number), at least three letters.
      if (/^[a-z0-9]+$/.test(word) && /[a-z][013457][a-z]/.test(word) && !/\d\d/.test(word) && (word.match(/[a-z]/g) ?? []).length >= 3) {
        for (let k = i; k < j; k++) {
          const letter = Object.prototype.hasOwnProperty.call(LEET_DIGITS, b.out[k]) ? LEET_DIGITS[b.out[k]] : undefined;
          if (letter) b.out[k] = letter;
        }
      }
    }
    i = j;
  }
  return b;
}

export function normalizeText(raw: string, lang: Lang): NormalizedText {
  const b = expandSpellings(collapseStretchedLetters(readLeetDigits(joinSpacedLetters(foldCharacters(raw)))), lang);
  return { text: b.out.join(''), from: b.from, to: b.to };
}

/** Signs of disguised words: look-alike scripts, invisible or tag characters, stray marks, "r.e.m.b", "r3mb0urs3". */
const DISGUISE = /[\u0300-\u036F\u0370-\u03FF\u0400-\u04FF\u0530-\u058F\u1D00-\u1DBF\u200B-\u200F\u2060-\u206F\uA700-\uA7FF\uFE00-\uFE0F\uFEFF\uFF00-\uFFEF\u{1D400}-\u{1D7FF}\u{E0000}-\u{E007F}]|[a-zA-Z][ .\-_*·/+~][a-zA-Z][ .\-_*·/+~][a-zA-Z][ .\-_*·/+~][a-zA-Z]|[a-zA-Z][013457][a-zA-Z]/u;

/**
 * The text to tell the language from: the raw text, or its folded form when its words are disguised (a detector of
 * function words reads "rеmbоursе" written in Cyrillic, or "t.h.e", as nothing at all).
 */
export function textForLanguageDetection(raw: string): string {
  return DISGUISE.test(raw) ? normalizeText(raw, 'en').text : raw;
}

/** The raw span a normalised span [start, end) came from. */
export function rawSpan(n: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (n.text.length === 0) return { start: 0, end: 0 };
  const s = Math.min(Math.max(start, 0), n.text.length - 1);
  const e = Math.min(Math.max(end, s + 1), n.text.length);
  return { start: n.from[s], end: n.to[e - 1] };
}

/** Normalise a rule term or a contact the same way as the text it will be compared with (no offsets kept). */
export function normalizeFragment(raw: string, lang: Lang): string {
  return normalizeText(raw, lang).text;
}
