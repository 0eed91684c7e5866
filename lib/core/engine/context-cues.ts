// Sentence-level context that changes what a match means: negation, "the team will study", a joke, a move to DM.
// All cues run on normalised text (lowercase, no accents, SMS spellings expanded).

import { fromLexis, lexisPattern, wordsRegex } from './lexis';
import { NOT_WORD, WORD } from './word-class';

const W = WORD;

interface SentenceCues {
  study: RegExp;
  negationBefore: RegExp;
  negationAfter: RegExp;
  negationIdiomAll: RegExp;
  privateChannel: RegExp;
}

/** The word lists come with the compiled charter (lexis.ts; written in lib/core/charter/engine-lexis.ts). */
const cues = () =>
  fromLexis<SentenceCues>('sentence', (l) => ({
    study: wordsRegex(l.study),
    negationBefore: wordsRegex(l.negationBefore),
    negationAfter: wordsRegex(l.negationAfter),
    // Set phrases that contain a negation word but negate nothing that follows.
    negationIdiomAll: wordsRegex(l.negationIdiom, 'gu'),
    privateChannel: wordsRegex(l.privateChannel),
  }));

const NE = new RegExp(`(?<!${W})(?:ne|n')`, 'u');
const WORD_START = new RegExp(`(?<=${NOT_WORD.replace(']', "']")})(?=${W})`, 'u');
const FIRST_WORDS = (n: number) => new RegExp(`^(?:${NOT_WORD}*[${"'"}${WORD.slice(1, -1)}]+){0,${n}}`, 'u');

export interface Sentence {
  start: number;
  end: number;
}

/**
 * Sentences of a normalised text. A trailing run without letters (emoji, "!!!") stays with the sentence before it,
 * so "Je porte plainte contre mon chat. 😂" is one joke.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const boundary = /[.!?;]+(?=\s|$)|\n+/g;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  const merged: Sentence[] = [];
  for (const s of out) {
    const prev = merged[merged.length - 1];
    if (prev && !/\p{L}/u.test(text.slice(s.start, s.end))) prev.end = s.end;
    else merged.push({ ...s });
  }
  return merged;
}

export function sentenceAt(sentences: Sentence[], index: number): Sentence {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (index < s.start) hi = mid - 1;
    else if (index >= s.end) lo = mid + 1;
    else return s;
  }
  return { start: 0, end: 0 };
}


/**
 * The part of the sentence before the match that can govern it: idioms out, from the last clause end on (a negation
 * before a clause end governs another verb; the clause-end pattern comes with the lexis).
 */
function governingPrefix(prefix: string): string {
  const cleaned = prefix.replace(cues().negationIdiomAll, (m) => ' '.repeat(m.length));
  let cut = 0;
  for (const m of cleaned.matchAll(lexisPattern('clauseEnd'))) cut = m.index + m[0].length;
  return cleaned.slice(cut);
}

/**
 * A French match that opens on its own subject ("vous êtes …", "tu es …") starts a clause: a negation before it governs
 * another verb ("comme vous n'êtes pas X, vous êtes Y"); French negates the verb between "ne" and "pas", inside the
 * match. After "que" the clause is a complement of the verb before ("je ne dis pas que vous êtes …"), which governs it.
 * "on" and "il" are left out: they are English words too.
 */
const FRENCH_SUBJECT_START = new RegExp(`^(?:je|j'|tu|t'|elle|nous|vous|ils|elles)(?!${W})`, 'u');
const COMPLEMENTISER_END = new RegExp(`(?<!${W})(?:que|qu')\\s*$`, 'u');

/** Is the match at [start, end) negated within its sentence? The negation must govern the matched verb's clause. */
export function isNegated(text: string, sentence: Sentence, start: number, end: number): boolean {
  const c = cues();
  const raw = text.slice(sentence.start, start);
  const prefix = governingPrefix(raw);
  const ownClause = FRENCH_SUBJECT_START.test(text.slice(start, end)) && !COMPLEMENTISER_END.test(raw);
  if (!ownClause && c.negationBefore.test(lastWords(prefix, 4))) return true;
  const inside = text.slice(start, end);
  if (NE.test(inside) && c.negationAfter.test(inside)) return true;
  const after = firstWords(text.slice(end, sentence.end));
  return c.negationAfter.test(after);
}

export function hasStudyFraming(sentenceText: string): boolean {
  return cues().study.test(sentenceText);
}

export function isJoke(sentenceText: string): boolean {
  return lexisPattern('joke').test(sentenceText);
}

export function movesToPrivate(sentenceText: string): boolean {
  return cues().privateChannel.test(sentenceText);
}

function lastWords(s: string, n: number): string {
  const parts = s.split(WORD_START);
  return parts.slice(-n).join('');
}

const FIRST_TWO_WORDS = FIRST_WORDS(2);

function firstWords(s: string): string {
  const m = FIRST_TWO_WORDS.exec(s);
  return m ? m[0] : '';
}
