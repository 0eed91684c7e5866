// What every rule kind provides, each in its own file (./existence.ts, ./pattern.ts, …): its fields in the charter
// schema, its compile step, and its matcher. ./index.ts lists them; the compiler and the engine dispatch through it.
// The schema pieces come in as arguments, so that the content script, which imports only the matchers, carries no zod.
import type { BrandContacts, CompiledMatcher, CompiledRule } from '../charter/compiled';
import type { localized, LocalizedSource, ruleCommon, terms } from '../charter/schema-fields';
import type { AnalyzedText } from '../engine/analyzed-text';
import type { RuleMatch } from '../engine/match-rule';
import type { LiveRule } from '../engine/runtime';
import type { AnyPlatform, LocalizedText } from '../engine/vocabulary';

/** The schema pieces a kind builds its rule object from (lib/core/charter/schema-fields.ts). */
export interface SchemaParts {
  common: typeof ruleCommon;
  terms: typeof terms;
  localized: typeof localized;
}

/** What the compiler lends a kind's compile step. */
export interface CompileContext {
  /** JSON path of the rule, for messages. */
  at: string;
  /** Where the rule comes from: `builtin:fr`, `builtin:en`, `builtin:common` or `charter`. */
  origin: string;
  /** Terms compiled to one matcher (null after an error is reported); `split` keeps them apart for searching. */
  matcher(terms: string[], at: string, split?: boolean): CompiledMatcher | null;
  localized(value: LocalizedSource): LocalizedText;
  error(path: string, message: string): void;
  /** The built-in models a classifier rule may name, with their trained thresholds. */
  models: Readonly<Record<string, { threshold: number; possibleThreshold?: number }>>;
}

/** The kind's own part of a compiled rule (what it matches with); null when the rule has an error. */
export type CompiledKindPart = Pick<CompiledRule, 'swaps' | 'occurrence' | 'detector' | 'required' | 'classifier'>;

export type KindMatcher = (r: LiveRule, t: AnalyzedText, platform: AnyPlatform, contacts: BrandContacts) => RuleMatch[];
