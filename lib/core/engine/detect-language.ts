// French or English, per message, from function words, SMS spellings and accents.
// Social posts are short and mixed ("le delivery est en retard"): count evidence, fall back to the charter's default.
import type { Lang } from './vocabulary';

const FRENCH_WORDS = new Set(
  (
    'le la les un une des du de au aux et ou est sont je tu il elle on nous vous ils elles mon ma mes ton ta tes son sa ses ' +
    'notre nos votre vos leur leurs ce cet cette ces pas ne plus que qui quoi pour dans sur avec sans chez mais car donc ' +
    'c j l d n qu s m t ca suis es etes ai as avons avez ont fait faire merci bonjour bonsoir salut oui non tres trop bien ' +
    'aussi encore toujours jamais rien depuis quand comment pourquoi parce commande colis livraison remboursement vraiment ' +
    'jsuis jvais pk pq svp stp bjr slt mdr ptdr tkt tjr tjrs bcp pr ds dc qd jai jsp chui ptn cmd mtn auj dsl ' +
    'y a ete etait sera serait peut pouvez veux voudrais'
  ).split(' '),
);

const ENGLISH_WORDS = new Set(
  (
    'the a an and or is are was were be been i you he she it we they my your his her its our their this that these those ' +
    'not no to of for in on at with without from by but so if then than have has had do does did will would can could should ' +
    "i'm im it's dont don't can't cant won't wont isn't didn't doesn't hi hello thanks thank please pls u ur thx " +
    'order package delivery refund still never again just really what why how when where who any some all get got ' +
    'lol omg wtf idk me us them there here'
  ).split(' '),
);

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
  let fr = 0;
  let en = 0;
  for (const w of words) {
    const bare = w.replace(/^'+|'+$/g, '');
    const head = bare.includes("'") ? bare.split("'")[0] : bare;
    const folded = bare.normalize('NFD').replace(/\p{M}/gu, '');
    if (FRENCH_WORDS.has(folded) || (head !== bare && FRENCH_WORDS.has(head))) fr++;
    if (ENGLISH_WORDS.has(bare)) en++;
  }
  fr += Math.min((sample.match(FRENCH_LETTERS) ?? []).length, 6) * 0.5;
  if (fr === en) return { lang: fallback, confidence: 0 };
  const lang: Lang = fr > en ? 'fr' : 'en';
  return { lang, confidence: Math.abs(fr - en) / (fr + en) };
}
