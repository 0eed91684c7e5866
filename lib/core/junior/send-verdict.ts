// Whether junior mode lets a reply go: blocked while a finding at or above modes.junior.blockAt is open (the approved-only
// finding is always an error). Pure: the send guard asks it at the moment of the click or the key press.
import type { CompiledCharter } from '../charter/compiled';
import type { Finding, PathMatch } from '../engine/types';
import { SEVERITY_RANK, type Lang, type Mode, type Severity } from '../engine/vocabulary';
import { fillPhrasing } from '../phrasing/phrasing-variables';
import { approvedPhrasingsFor, replyLanguageFirst } from './approved-only';

export interface SendCheck {
  mode: Mode;
  findings: readonly Finding[];
  paths: readonly PathMatch[];
  draftIsEmpty: boolean;
  lang: Lang;
  /** Keyed as the page names them (prénom, first_name): a phrasing spelling a variable otherwise keeps its {placeholder}. */
  pageValues: Readonly<Record<string, string>>;
  /** How much of the draft the last check covered: a failed or partial check fails closed in junior mode. */
  coverage?: CheckCoverage;
}

/** `partial`: only the first part of the draft was checked; `failed`: the check threw, was skipped or the box is unreadable. */
export type CheckCoverage = 'complete' | 'partial' | 'failed';

export interface SuggestedPhrasing {
  id: string;
  text: string;
}

export type SendVerdict =
  | { allowed: true }
  | {
      allowed: false;
      /** The open findings that stop the reply, worst first. */
      blocking: Finding[];
      /** Approved phrasing to use instead (for the paths of this reply), filled with what the page knows. */
      suggestions: SuggestedPhrasing[];
      /** Why, when it is not the findings: the check failed, or covered only part of the draft. */
      incomplete?: Exclude<CheckCoverage, 'complete'>;
    };

const MAX_SUGGESTIONS = 3;

/** The findings that hold a junior's reply back (at or above `blockAt`), worst first. */
export function blockingFindings(findings: readonly Finding[], blockAt: Severity): Finding[] {
  const threshold = SEVERITY_RANK[blockAt];
  return findings
    .filter((finding) => SEVERITY_RANK[finding.severity] >= threshold)
    .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.start - b.start);
}

export function sendVerdict(check: SendCheck, charter: CompiledCharter | null): SendVerdict {
  // Nothing is sent from an empty box, and outside junior mode Gardefou never stands in the way.
  if (check.mode !== 'junior' || !charter) return { allowed: true };
  // Fail closed: a draft Gardefou could not check whole is not known to be clean.
  const incomplete = check.coverage && check.coverage !== 'complete' ? check.coverage : undefined;
  if (check.draftIsEmpty && !incomplete) return { allowed: true };
  const blocking = blockingFindings(check.findings, charter.modes.junior.blockAt);
  if (blocking.length === 0 && !incomplete) return { allowed: true };
  // A reply on no path gets the charter's general phrasings (those without a path), in the reply's language first.
  const candidates = check.paths.length
    ? approvedPhrasingsFor(check.paths, charter, check.lang)
    : replyLanguageFirst(charter.phrasings.filter((phrasing) => phrasing.path === undefined), check.lang);
  const suggestions = candidates
    .slice(0, MAX_SUGGESTIONS)
    .map((phrasing) => ({ id: phrasing.id, text: fillPhrasing(phrasing.text, check.pageValues).text }));
  return { allowed: false, blocking, suggestions, ...(incomplete ? { incomplete } : {}) };
}
