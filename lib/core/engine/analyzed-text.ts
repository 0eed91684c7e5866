// One message prepared for matching: its language, normalised form, sentences, and the mapping back to raw offsets.
import { detectLanguage } from './detect-language';
import { normalizeText, rawSpan, textForLanguageDetection, type NormalizedText } from './normalize';
import { splitSentences, sentenceAt, type Sentence } from './context-cues';
import type { Lang } from './vocabulary';

export interface AnalyzedText {
  raw: string;
  lang: Lang;
  /** False when nothing in the text told the language apart (the fallback was used). */
  langKnown: boolean;
  norm: NormalizedText;
  sentences: Sentence[];
}

export function analyzeText(raw: string, lang: Lang | undefined, fallbackLang: Lang): AnalyzedText {
  const guess = lang ? { lang, confidence: 1 } : detectLanguage(textForLanguageDetection(raw), fallbackLang);
  const norm = normalizeText(raw, guess.lang);
  return { raw, lang: guess.lang, langKnown: guess.confidence > 0, norm, sentences: splitSentences(norm.text) };
}

/** The normalised index where raw offset `rawIndex` lands (first normalised character from there on). */
export function normalizedIndexOf(t: AnalyzedText, rawIndex: number): number {
  const from = t.norm.from;
  let lo = 0;
  let hi = from.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (from[mid] < rawIndex) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, Math.max(from.length - 1, 0));
}

export function toRaw(t: AnalyzedText, start: number, end: number): { start: number; end: number } {
  return rawSpan(t.norm, start, end);
}

/** The sentence (normalised offsets and text) around a normalised index. */
export function sentenceOf(t: AnalyzedText, index: number): { sentence: Sentence; text: string } {
  const sentence = sentenceAt(t.sentences, index);
  return { sentence, text: t.norm.text.slice(sentence.start, sentence.end) };
}
