// The text as the personal-data detectors and a charter's raw `pattern` rules read it: as typed (capitals, accents and
// punctuation kept), but with look-alikes folded (full-width and mathematical digits and letters, Cyrillic, Greek or
// small-capital letters that pass for Latin ones) and invisible, tag and combining characters dropped, so "０６ １２ …",
// "06\u200b12 …" or "jеan@gmail.com" in Cyrillic is still a phone number or an e-mail. Each character keeps where it came
// from, so a finding still underlines the CM's own characters.
import { INVISIBLE } from './normalize';
import { fromLexis } from './lexis';
import { isInvisibleAstral, lookalikes } from './lookalikes';

export interface FoldedText {
  text: string;
  /** For each UTF-16 index of `text`, where its source starts in the raw string. */
  from: number[];
  /** For each UTF-16 index of `text`, where its source ends (exclusive) in the raw string. */
  to: number[];
}

const DROP = /^\p{M}$/u;
const PICTOGRAPH = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
/** Small capitals look like capitals: "ʜɪᴠᴇʀ15" is the code HIVER15. */
const SMALL_CAPITAL = /^[\u1D00-\u1D2B\u0262\u026A\u0274\u0280\u028F\u0299\u029C\u029F\uA730\uA731]$/;
/** Code points already folded, kept per lexis (its look-alike letters decide the folds). */
const foldedCodePoints = () => fromLexis('rawFoldedCodePoints', () => new Map<string, string>());

/** One code point as the detectors read it: itself, one ASCII or Latin character, or '' (invisible). */
function foldCodePoint(ch: string, folds: Map<string, string>, letters: ReadonlyMap<string, string>): string {
  let f = folds.get(ch);
  if (f === undefined) {
    const lower = ch.toLowerCase();
    const latin = letters.get(lower);
    const compat = ch.normalize('NFKC');
    if (INVISIBLE.test(ch) || DROP.test(ch) || isInvisibleAstral(ch.codePointAt(0)!)) f = '';
    else if (latin) f = lower === ch && !SMALL_CAPITAL.test(ch) ? latin : latin.toUpperCase();
    else f = /^[!-~]$/.test(compat) ? compat : ch;
    if (folds.size < 4096) folds.set(ch, f);
  }
  return f;
}

/** The folded text, or null when nothing in `raw` folds (most drafts: the detectors then read `raw` itself). */
export function foldLookalikes(raw: string): FoldedText | null {
  let out: FoldedText | null = null;
  const folds = foldedCodePoints();
  const letters = lookalikes();
  // An emoji's own variation selector, joiner or keycap mark is part of the emoji, not a disguise: kept as typed.
  let afterPictograph = false;
  for (let i = 0; i < raw.length; ) {
    const cp = raw.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    if (cp >= 0x80) {
      const ch = len === 1 ? raw[i] : raw.slice(i, i + len);
      let f = foldCodePoint(ch, folds, letters);
      if (f === '' && afterPictograph) f = ch;
      else afterPictograph = cp >= 0x2000 && PICTOGRAPH.test(ch);
      if (f !== ch && !out) {
        out = { text: raw.slice(0, i), from: [], to: [] };
        for (let k = 0; k < i; k++) out.from.push(k), out.to.push(k + 1);
      }
      // A dropped mark belongs to the character before it: the underline takes it in.
      if (out && f === '' && DROP.test(ch) && out.to.length) out.to[out.to.length - 1] = i + len;
      else if (out) {
        out.text += f;
        for (let k = 0; k < f.length; k++) out.from.push(i), out.to.push(i + len);
      }
    } else {
      afterPictograph = false;
      if (out) out.text += raw[i], out.from.push(i), out.to.push(i + 1);
    }
    i += len;
  }
  return out;
}
