// The compiled charter: plain JSON the engine runs without zod or the compiler.
// The background compiles once and hands this to content scripts; the CLI and tests compile in-process.
import type { PackedModel } from '../engine/classifier/model';
import type { EngineLexis } from '../engine/lexis';
import type {
  AnyPlatform,
  Category,
  IncomingCategory,
  Lang,
  LocalizedText,
  Mode,
  Severity,
} from '../engine/vocabulary';

// 2: compact sources (macros), parts as [source, anchors] pairs, models as delta-varint weights.
// 3: the engine's word lists travel in `lexis` instead of the content script.
// 4: the lexis also carries the SMS spellings, the typographic folds, the words that tell the language and the look-alike letters.
export const COMPILED_FORMAT = 'gardefou-compiled/4';

/** A regular expression ready for `new RegExp(source, flags)`, and which text it runs on. */
export interface CompiledMatcher {
  source: string;
  flags: string;
  /** `normalized`: lowercase, accent-free, SMS spellings expanded. `raw`: the text as typed. */
  on: 'normalized' | 'raw';
  /**
   * At least one of these strings is in any text the regex matches: when none is, the regex is skipped. Left out when
   * `parts` all have anchors (it is then their union, which the runtime rebuilds).
   */
  anchors?: string[];
  /**
   * The same alternatives one by one, each with its own anchors (then `source` is empty): a long term list runs only
   * the terms whose words are in the text, several times faster than one big alternation. Each part is
   * `[source, anchors]`, the anchors joined by spaces (an anchor never holds one), or `[source]` without anchors.
   */
  parts?: CompiledPart[];
  /** A charter-authored `pattern`: RE2's program, run in linear time instead of `source` (charter/linear-pattern.ts). */
  program?: LinearProgram;
}

export type CompiledPart = [source: string, anchors?: string];

/** A part's anchors as a list (undefined: none). */
export function partAnchors(part: CompiledPart): string[] | undefined {
  return part[1] === undefined ? undefined : part[1].split(' ');
}

/** An RE2 program: instructions `[op, out, arg, ...rune ranges]` (re2js's codes), run by engine/linear-regex.ts. */
export interface LinearProgram {
  start: number;
  insts: number[][];
}

/** What an occurrence rule counts (lib/core/engine/occurrence.ts). */
export const OCCURRENCE_COUNTERS = ['exclamation', 'emoji', 'hashtag', 'mention', 'link', 'characters', 'caps_words'] as const;
export type OccurrenceCounter = (typeof OCCURRENCE_COUNTERS)[number];

/** The personal-data detectors a detector rule names (lib/core/engine/detectors/). */
export const DETECTOR_TYPES = ['email', 'phone', 'iban', 'card', 'order_code', 'postal_address', 'account_id', 'siret', 'third_person'] as const;
export type DetectorType = (typeof DETECTOR_TYPES)[number];

export interface RuleConditions {
  /** The rule applies only when the incoming message calls for one of these categories. */
  incomingCategories?: IncomingCategory[];
  /** The rule applies only when the incoming message calls for one of these path ids. */
  incomingPaths?: string[];
}

/** Contexts, in the same sentence as a match, that cancel it. */
export interface RuleExceptions {
  /** A negation governs the match ("nous ne pouvons pas vous rembourser", "we won't refund"). */
  negated?: boolean;
  /** The match is framed as a team that will study / review the request. */
  study?: boolean;
  /** The sentence is an obvious joke (😂, mdr, lol, jk). */
  joke?: boolean;
  /** The sentence moves the exchange to private messages (DM, MP, message privé). */
  dm?: boolean;
  /** The match sits inside a quotation: reported words, shown as a possible signal (reason `quoted`), not counted. */
  quoted?: boolean;
  /** Brand-specific words that cancel the match (a fruit, a kitchen tool…). */
  near?: CompiledMatcher;
}

export interface CompiledSwap {
  matcher: CompiledMatcher;
  replacement?: LocalizedText;
  /** The charter lets a CM quiet this rule for themselves (checked by quietableRefusal at compile time). */
  quietable?: true;
}

export interface CompiledRule {
  id: string;
  category: Category;
  severity: Severity;
  /** Severity per mode, where it differs (crisis turns promotion into an error). */
  severityIn?: Partial<Record<Mode, Severity>>;
  scope: 'incoming' | 'draft';
  kind: 'existence' | 'substitution' | 'pattern' | 'occurrence' | 'detector' | 'required' | 'classifier';
  message: LocalizedText;
  clause?: string;
  /** For incoming rules: the path this trigger opens (defaults to the path of the rule's category). */
  path?: string;
  publicOnly?: boolean;
  platforms?: AnyPlatform[];
  modes?: Mode[];
  langs?: Lang[];
  when?: RuleConditions;
  unless?: RuleExceptions;
  /** A match counts only if this also appears in the same sentence (or message, see contextScope). */
  requires?: CompiledMatcher;
  /** Where `requires` and `unless.near` look: the match's sentence (default) or the whole message. */
  contextScope?: 'sentence' | 'message';
  /** existence / pattern: one swap without replacement; substitution: one per bad wording. */
  swaps?: CompiledSwap[];
  occurrence?: { counter: OccurrenceCounter; max: number; maxByPlatform?: Partial<Record<AnyPlatform, number>> };
  detector?: { type: DetectorType; allowBrandContacts: boolean };
  /** required: the draft must contain one of these. */
  required?: CompiledMatcher;
  /**
   * classifier: which model of `CompiledCharter.models`, and the probability from which the rule fires. From
   * `possibleThreshold` up to `threshold`, the model's signal is a lower-confidence one: a "possible" finding.
   */
  classifier?: { model: string; threshold: number; possibleThreshold?: number };
  replacement?: LocalizedText;
  /** The charter lets a CM quiet this rule for themselves (checked by quietableRefusal at compile time). */
  quietable?: true;
  /** Where the rule came from: `builtin:fr`, `builtin:en` or `charter`. */
  origin: string;
}

export interface CompiledPath {
  id: string;
  category: IncomingCategory;
  label: LocalizedText;
  team?: LocalizedText;
  internalChannel?: LocalizedText;
  publicRedirect?: LocalizedText;
  sla?: LocalizedText;
  secondPairOfEyes: boolean;
  clause?: string;
  guidance?: LocalizedText;
}

export interface CompiledPhrasing {
  id: string;
  /** Absent for general replies (no escalation). */
  path?: string;
  lang: Lang;
  text: string;
  title?: LocalizedText;
  /** Variable names found in the text, e.g. `prénom` for `{prénom}`. */
  variables: string[];
}

export interface BrandContacts {
  /** Digits only, national significant number (last 9 digits). */
  phones: string[];
  emails: string[];
  domains: string[];
  /** Normalised address fragments that are the brand's own (stores, head office). */
  addresses: string[];
}

export interface ModeSettings {
  junior: {
    /** Sending is blocked while a finding at or above this severity is open. */
    blockAt: Severity;
    /** Replies to these incoming categories may only be approved phrasing. */
    approvedOnlyFor: IncomingCategory[];
  };
  crisis: {
    /** Categories whose findings become errors in crisis mode. */
    escalate: Category[];
    /** Paths every reply shows in crisis mode. */
    alwaysPaths: string[];
  };
}

export interface CompiledCharter {
  format: typeof COMPILED_FORMAT;
  charter: {
    id: string;
    name: string;
    version: string;
    updatedAt: string;
    schemaVersion: number;
    languages: Lang[];
    defaultLanguage: Lang;
    platforms: AnyPlatform[];
    defaultMode: Mode;
  };
  contacts: BrandContacts;
  /** Regex fragments shared by many rules (the lexicons), referenced from sources as ⟦key⟧. */
  fragments: Record<string, string>;
  /**
   * Recurring pieces of regex (word boundaries, separators, repeated groups), written in sources and fragments as the
   * private-use character U+E000 + index (lib/core/engine/macros.ts); an empty entry is a macro this charter never uses.
   */
  macros?: string[];
  /** The built-in models the classifier rules use. */
  models: Record<string, PackedModel>;
  /** The engine's own word lists (praise, negation and DM cues, first names): the same in every charter. */
  lexis: EngineLexis;
  responseTimes?: Partial<Record<AnyPlatform, LocalizedText>>;
  review: { topLevelPosts: boolean; clause?: string };
  escalationLog: { enabled: boolean; clause?: string };
  paths: CompiledPath[];
  phrasings: CompiledPhrasing[];
  rules: CompiledRule[];
  modes: ModeSettings;
}
