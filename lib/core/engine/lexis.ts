// The engine's own word lists (praise and open-case words, negation and DM cues, first names, acronyms, the personal-data
// detectors' keywords, SMS spellings, typographic folds, the words that tell the language, look-alike letters), which no charter
// changes. They travel in the compiled charter (`CompiledCharter.lexis`, filled by the compiler from
// lib/core/charter/engine-lexis.ts) instead of being compiled into the content script: the page then carries the
// code that reads them, not the words, and every caller (page, CLI, tests) runs the very same lists.
// check() installs the charter's lexis before running rules; the cues read it lazily and build their regexes once
// per lexis object.
import type { Lang } from './vocabulary';
import { WORD } from './word-class';

/** Each entry is a regex alternation over normalised text (lowercase, no accents), or a space-separated word list. */
export interface EngineLexis {
  /** incoming-context.ts: thanks and praise. */
  praise: string;
  /** incoming-context.ts: signs the sender's own case is still open. */
  openCase: string;
  /** incoming-context.ts: what praise is about when meant. */
  praisedThing: string;
  /** incoming-context.ts: praise that stands on its own. */
  strongPraise: string;
  /** context-cues.ts: a team that will study the request. */
  study: string;
  /** context-cues.ts: a negation before, after, and set phrases that negate nothing. */
  negationBefore: string;
  negationAfter: string;
  negationIdiom: string;
  /** context-cues.ts: a move to a private channel or a form. */
  privateChannel: string;
  /** detectors/third-person.ts: common first names, space-separated, lowercase and accent-free. */
  firstNames: string;
  /** occurrence.ts: acronyms in capitals that are not shouting, space-separated. */
  acronyms: string;
  /** normalize.ts: social-media spellings and their standard form, per language (lowercase, accent-free). */
  smsSpellings: Record<Lang, Record<string, string>>;
  /** normalize.ts: typographic variants (quotes, dashes, ligatures, odd spaces) and their plain form. */
  typographicFolds: Record<string, string>;
  /** detect-language.ts: words that tell each language, space-separated. */
  languageWords: Record<Lang, string>;
  /** lookalikes.ts: pairs of characters, a look-alike then the Latin letter it passes for. */
  lookalikes: string;
  /** Word-bearing regexes as [source, flags]: the personal-data detectors' (detectors/), jokes and clause ends (context-cues.ts). */
  patterns: Record<LexisPatternName, [source: string, flags: string]>;
}

export type LexisPatternName =
  | 'roleNamed'
  | 'titled'
  | 'greeting'
  | 'firstNameAsThird'
  | 'personContextBefore'
  | 'personContextAfter'
  | 'orderCode'
  | 'accountId'
  | 'frenchStreet'
  | 'englishStreet'
  | 'frenchPostcodeCity'
  | 'companyContext'
  | 'roleMailbox'
  | 'fullName'
  | 'carrierCode'
  | 'siret'
  | 'ukPostcode'
  | 'phoneCandidate'
  | 'email'
  | 'emailSpelledAt'
  | 'emailSpelledDot'
  | 'joke'
  | 'clauseEnd';

let active: EngineLexis | undefined;
const built = new WeakMap<EngineLexis, Map<string, unknown>>();

/** Makes `lexis` the one the cues read (check() calls it with the charter's, before any rule runs). */
export function installLexis(lexis: EngineLexis | undefined): void {
  if (lexis) active = lexis;
}

/** The installed lexis; throws when none is (a compiled charter older than format 3 carries none). */
export function currentLexis(): EngineLexis {
  if (!active) throw new Error('no engine lexis installed: the compiled charter predates format 3 and must be recompiled');
  return active;
}

/** A value derived from the installed lexis (a regex, a Set), built once per lexis object. */
export function fromLexis<T>(key: string, build: (lexis: EngineLexis) => T): T {
  const lexis = currentLexis();
  let cache = built.get(lexis);
  if (!cache) built.set(lexis, (cache = new Map()));
  if (!cache.has(key)) cache.set(key, build(lexis));
  return cache.get(key) as T;
}

/** One of the lexis' regexes, built once per lexis (a global one is shared, as a module constant would be). */
export const lexisPattern = (name: LexisPatternName): RegExp => fromLexis(name, (l) => new RegExp(...l.patterns[name]));

/** Whole words of normalised text matching one of `alternatives` (a regex alternation). */
export const wordsRegex = (alternatives: string, flags = 'u') => new RegExp(`(?<!${WORD})(?:${alternatives})(?!${WORD})`, flags);
