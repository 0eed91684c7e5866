// Junior mode's second rule: a reply to a message that calls for a path in modes.junior.approvedOnlyFor (legal, press,
// crisis…) may only be one of that path's approved phrasings. A draft that is not becomes one whole-reply error finding,
// so the overlay, the popup, the send guard and the lead's override treat it like any other finding.
import type { CompiledCharter, CompiledPhrasing } from '../charter/compiled';
import type { Finding, PathMatch } from '../engine/types';
import type { IncomingCategory, Lang, Mode } from '../engine/vocabulary';
import { fillPhrasing } from '../phrasing/phrasing-variables';
import { matchAnyPhrasing } from '../phrasing/match-phrasing';

export const APPROVED_ONLY_RULE_ID = 'mode:junior:approved-only';

export interface ApprovedOnlyInput {
  mode: Mode;
  paths: readonly PathMatch[];
  draft: string;
  charter: CompiledCharter;
  /** The reply's language: the suggested phrasing is in it when the charter has one. */
  lang: Lang;
  /** Values the page gives for variables ({prénom}…), to fill the suggestion. */
  pageValues: Readonly<Record<string, string>>;
}

export interface ApprovedOnlyMessages {
  /** The draft is not an approved phrasing; `categories` are the paths' categories. */
  notApproved(categories: IncomingCategory[]): string;
  /** The draft is an approved phrasing with variables still to fill. */
  unfilled(names: string[]): string;
}

/** The paths of this reply whose answers must be approved phrasing (junior mode only). */
export function approvedOnlyPaths(mode: Mode, paths: readonly PathMatch[], charter: CompiledCharter): PathMatch[] {
  if (mode !== 'junior') return [];
  return paths.filter((path) => charter.modes.junior.approvedOnlyFor.includes(path.category));
}

/** Phrasings in the reply's language first, charter order otherwise (a stable sort; kept small for the content script). */
export function replyLanguageFirst(phrasings: readonly CompiledPhrasing[], lang: Lang): CompiledPhrasing[] {
  return [...phrasings].sort((a, b) => Number(a.lang !== lang) - Number(b.lang !== lang));
}

/** The approved phrasings for those paths, the reply's language first. */
export function approvedPhrasingsFor(paths: readonly PathMatch[], charter: CompiledCharter, lang: Lang): CompiledPhrasing[] {
  const ids = paths.map((path) => path.id);
  return replyLanguageFirst(
    charter.phrasings.filter((phrasing) => phrasing.path !== undefined && ids.includes(phrasing.path)),
    lang,
  );
}

export function approvedOnlyFinding(input: ApprovedOnlyInput, messages: ApprovedOnlyMessages): Finding | null {
  const paths = approvedOnlyPaths(input.mode, input.paths, input.charter);
  if (paths.length === 0 || input.draft.trim() === '') return null;
  const phrasings = approvedPhrasingsFor(paths, input.charter, input.lang);
  const match = matchAnyPhrasing(input.draft, phrasings);
  if (match && match.unfilled.length === 0) return null;
  const suggestion = phrasings[0] ? fillPhrasing(phrasings[0].text, input.pageValues).text : undefined;
  const categories = [...new Set(paths.map((path) => path.category))];
  return {
    ruleId: APPROVED_ONLY_RULE_ID,
    category: paths[0].category,
    severity: 'error',
    start: 0,
    end: input.draft.length,
    message: match ? messages.unfilled(match.unfilled) : messages.notApproved(categories),
    wholeDraft: true,
    ...(suggestion ? { replacement: suggestion } : {}),
  };
}
