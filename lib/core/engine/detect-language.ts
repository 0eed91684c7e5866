// French or English, per message, from function words, SMS spellings and accents.
// Social posts are short and mixed ("le delivery est en retard"): count evidence, fall back to the charter's default.
import { fromLexis } from './lexis';
import type { Lang } from './vocabulary';

/** The words that tell each language come with the compiled charter (lexis.ts; written in lib/core/charter/language-words.ts). */
const languageWords = () =>
  fromLexis('languageWords', (l) => ({ fr: new Set(l.languageWords.fr.split(' ')), en: new Set(l.languageWords.en.split(' ')) }));

const FRENCH_LETTERS = /[éèêëàâîïôûùüçœ]/giu;

export interface LanguageGuess {
  lang: Lang;
  /** How sure: 0 when no evidence at all (the fallback was used). */
  confidence: number;
}

export function detectLanguage(raw: string, fallback: Lang): LanguageGuess {
  // Looking at the first few hundred words is enough and keeps huge pastes cheap.
  const sample = raw.length > 4000 ? raw.slice(0, 4000) : raw;
  const words = sample.toLowerCase().replace(/[’`]/g, "'").match(/[\p{L}']+/gu) ?? [];
  const { fr: frenchWords, en: englishWords } = languageWords();
  let fr = 0;
  let en = 0;
  for (const w of words) {
    const bare = w.replace(/^'+|'+$/g, '');
    const head = bare.includes("'") ? bare.split("'")[0] : bare;
    const folded = bare.normalize('NFD').replace(/\p{M}/gu, '');
    if (frenchWords.has(folded) || (head !== bare && frenchWords.has(head))) fr++;
    if (englishWords.has(bare)) en++;
  }
  fr += Math.min((sample.match(FRENCH_LETTERS) ?? []).length, 6) * 0.5;
  if (fr === en) return { lang: fallback, confidence: 0 };
  const lang: Lang = fr > en ? 'fr' : 'en';
  return { lang, confidence: Math.abs(fr - en) / (fr + en) };
}
