import type { CheckBudget } from './rule-budget';
// The engine's input and output: what a caller asks and what the overlay, popup, CLI and stats read.
import type { AnyPlatform, Category, IncomingCategory, Lang, Mode, Severity } from './vocabulary';

export interface CheckInput {
  /** The message being answered ('' for a top-level post). */
  incoming: string;
  /** The reply being written. */
  draft: string;
  platform: AnyPlatform;
  /** The reply's language; detected from the draft when absent. */
  lang?: Lang;
  /** A reply on the open page (true) or a private message (false). */
  isPublic: boolean;
  /** Defaults to the charter's mode. */
  mode?: Mode;
  /** Language for finding messages (the UI's); defaults to the reply's language. */
  messageLang?: Lang;
  /** Check at most this many characters of the draft (the page keeps each check short); defaults to MAX_CHECKED_CHARS. */
  maxChars?: number;
  /** The page's per-rule time budget (engine/rule-budget.ts); none in the CLI and tests. */
  budget?: CheckBudget;
}

/** An escalation path the incoming message calls for, and why. */
export interface PathMatch {
  id: string;
  category: IncomingCategory;
  /** The trigger rule that matched ('mode:crisis' when crisis mode adds the path). */
  ruleId: string;
  /** Character offsets of the trigger in the incoming message (0, 0 when added by the mode). */
  start: number;
  end: number;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** Character offsets in the draft, end exclusive. */
  start: number;
  end: number;
  message: string;
  clause?: string;
  /** Suggested wording to use instead, in the reply's language when the charter has it. */
  replacement?: string;
  /** The finding is about the draft as a whole (a missing redirect, a length): no inline underline. */
  wholeDraft?: boolean;
}

export interface CheckResult {
  /** The reply's language. */
  lang: Lang;
  incomingLang: Lang;
  mode: Mode;
  paths: PathMatch[];
  findings: Finding[];
  /** The union of the categories of the paths and the findings. */
  categories: Category[];
  /** Characters of the draft actually checked, when a huge draft was cut (undefined otherwise). */
  checkedLength?: number;
  /** Rules switched off for running past the budget: the check did not cover them. */
  skippedRules?: string[];
}
