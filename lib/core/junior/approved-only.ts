// Junior mode's second rule: a reply to a message that calls for a path in modes.junior.approvedOnlyFor (legal, press,
// crisis…) may only be one of that path's approved phrasings. A draft that is not becomes one whole-reply error finding,
// so the overlay, the popup, the send guard and the lead's override treat it like any other finding. check() adds it, so
// the page, the CLI, lint and eval all see it.
import type { CompiledCharter, CompiledPhrasing } from '../charter/compiled';
import type { Finding, PathMatch } from '../engine/types';
import type { Lang, Mode } from '../engine/vocabulary';
import { fillPhrasing, initialVariableValues } from '../phrasing/phrasing-variables';
import { matchAnyPhrasing } from '../phrasing/match-phrasing';

export const APPROVED_ONLY_RULE_ID = 'mode:junior:approved-only';

export interface ApprovedOnlyInput {
  mode: Mode;
  paths: readonly PathMatch[];
  /** The draft as checked (cut when it was too long). */
  draft: string;
  /** The draft was longer than what was checked: it cannot be an approved phrasing. */
  cut: boolean;
  charter: CompiledCharter;
  /** The reply's language: the suggested phrasing is in it when the charter has one. */
  lang: Lang;
  /** The language of the finding's message. */
  messageLang: Lang;
  /** Values the page gives for variables ({prénom}…), to fill the suggestion. */
  variables: Readonly<Record<string, string>>;
}

/** The finding's wording in both languages, with real plurals on the number of paths. */
const MESSAGES = {
  notApproved: {
    fr: (paths: string[]) =>
      `En mode junior, une réponse sur ${paths.length > 1 ? 'ces circuits' : 'ce circuit'} (${paths.join(', ')}) ne peut être qu'une formulation validée, telle quelle ou avec ses {variables} remplies.`,
    en: (paths: string[]) =>
      `In junior mode, a reply on ${paths.length > 1 ? 'these paths' : 'this path'} (${paths.join(', ')}) can only be an approved phrasing, unchanged or with its {variables} filled.`,
  },
  unfilled: {
    fr: (names: string[]) => `Remplissez ${names.map((name) => `{${name}}`).join(', ')} avant d'envoyer cette formulation validée.`,
    en: (names: string[]) => `Fill in ${names.map((name) => `{${name}}`).join(', ')} before sending this approved phrasing.`,
  },
} satisfies Record<string, Record<Lang, (items: string[]) => string>>;

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

/** A path's name in the message's language (its charter label), its category when the charter gives none. */
function pathName(path: PathMatch, charter: CompiledCharter, lang: Lang): string {
  const label = charter.paths.find((candidate) => candidate.id === path.id)?.label;
  return label?.[lang] ?? label?.[lang === 'fr' ? 'en' : 'fr'] ?? path.category;
}

export function approvedOnlyFinding(input: ApprovedOnlyInput): Finding | null {
  const paths = approvedOnlyPaths(input.mode, input.paths, input.charter);
  if (paths.length === 0 || input.draft.trim() === '') return null;
  const phrasings = approvedPhrasingsFor(paths, input.charter, input.lang);
  const match = input.cut ? null : matchAnyPhrasing(input.draft, phrasings);
  if (match && match.unfilled.length === 0) return null;
  const first = phrasings[0];
  const suggestion = first ? fillPhrasing(first.text, initialVariableValues(first.text, input.variables)).text : undefined;
  const names = [...new Set(paths.map((path) => pathName(path, input.charter, input.messageLang)))];
  return {
    ruleId: APPROVED_ONLY_RULE_ID,
    category: paths[0].category,
    severity: 'error',
    start: 0,
    end: input.draft.length,
    message: match ? MESSAGES.unfilled[input.messageLang](match.unfilled) : MESSAGES.notApproved[input.messageLang](names),
    wholeDraft: true,
    ...(suggestion ? { replacement: suggestion } : {}),
  };
}

/** The step check() runs last: the approved-only finding, when there is one, leads the findings. */
export function withApprovedOnly(findings: Finding[], input: ApprovedOnlyInput): Finding[] {
  const finding = approvedOnlyFinding(input);
  return finding ? [finding, ...findings] : findings;
}
