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
  /** Values the page knows for phrasing {variables} (first name, ticket reference…), keyed by variable name; they fill
   *  the approved phrasing junior mode suggests. */
  variables?: Readonly<Record<string, string>>;
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

/**
 * Why a signal is only "possible": shown apart (popup, CLI `possible`), never underlined, counted in the badge nor in
 * `categories`.
 * - `model_uncertain`: a built-in model leans that way, below the score where it is right 9 times in 10.
 * - `praise`: an after-sales word inside thanks or praise, with no complaint of the sender's own.
 * - `not_own_case`: the problem is reported about someone else or in general, not as the sender's own case.
 * - `name_only`: a person's name with nothing else that identifies them.
 * - `quoted`: the words are quoted or reported, not said by the brand.
 * - `shouting`: words in capitals with no sales pitch around them: a tone to check, not over-marketing.
 */
export type PossibleReason = 'model_uncertain' | 'praise' | 'not_own_case' | 'name_only' | 'quoted' | 'shouting';

/** A lower-confidence finding (side `draft`) or path (side `incoming`). */
export interface PossibleSignal {
  side: 'incoming' | 'draft';
  ruleId: string;
  category: Category;
  /** For side `incoming`: the path it would open. */
  pathId?: string;
  severity: Severity;
  /** Offsets in the draft (side `draft`) or in the incoming message (side `incoming`). */
  start: number;
  end: number;
  message: string;
  clause?: string;
  reason: PossibleReason;
}

export interface CheckResult {
  /** The reply's language. */
  lang: Lang;
  incomingLang: Lang;
  mode: Mode;
  paths: PathMatch[];
  findings: Finding[];
  /** The union of the categories of the paths and the findings (confident signals only). */
  categories: Category[];
  /** Lower-confidence findings and paths, with their reason; not in `findings`, `paths` nor `categories`. */
  possible?: PossibleSignal[];
  /** Characters of the draft actually checked, when a huge draft was cut (undefined otherwise). */
  checkedLength?: number;
  /** Rules switched off for running past the budget: the check did not cover them. */
  skippedRules?: string[];
}
