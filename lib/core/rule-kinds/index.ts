// The rule kinds, one file each (schema fields, compile step, matcher). The charter schema, the compiler and the
// engine go through these tables; adding a kind is one file and one line in each table.
import { z } from 'zod';
import type { BrandContacts, CompiledRule } from '../charter/compiled';
import type { AnalyzedText } from '../engine/analyzed-text';
import type { RuleMatch } from '../engine/match-rule';
import type { LiveRule } from '../engine/runtime';
import type { AnyPlatform, Category } from '../engine/vocabulary';
import * as classifier from './classifier';
import * as detector from './detector';
import * as existence from './existence';
import type { CompileContext, CompiledKindPart, KindMatcher, SchemaParts } from './kind';
import * as occurrence from './occurrence';
import * as pattern from './pattern';
import * as required from './required';
import * as substitution from './substitution';

/** The rule object of every kind, told apart by `kind` (the order is the JSON Schema's). */
export const ruleKindsSchema = (parts: SchemaParts) =>
  z.discriminatedUnion('kind', [
    existence.schema(parts),
    substitution.schema(parts),
    pattern.schema(parts),
    occurrence.schema(parts),
    detector.schema(parts),
    required.schema(parts),
    classifier.schema(parts),
  ]);

type KindSource = existence.Source | substitution.Source | pattern.Source | occurrence.Source | detector.Source | required.Source | classifier.Source;
export type RuleKind = KindSource['kind'];

/** Whether a kind may read the incoming message, in the order its error message lists them. */
export const READS_INCOMING: Record<RuleKind, boolean> = {
  existence: existence.readsIncoming,
  substitution: substitution.readsIncoming,
  pattern: pattern.readsIncoming,
  occurrence: occurrence.readsIncoming,
  detector: detector.readsIncoming,
  required: required.readsIncoming,
  classifier: classifier.readsIncoming,
};

/** Kinds whose findings are confident only beside other rules' findings: of which category, for a given rule. */
const CONFIDENT_WITH: Partial<Record<RuleKind, (rule: CompiledRule) => Category | undefined>> = {
  occurrence: occurrence.confidentWith,
};

/** The category of the other draft rules whose findings make this rule's findings confident (undefined: its own suffice). */
export function confidentWith(rule: CompiledRule): Category | undefined {
  return CONFIDENT_WITH[rule.kind]?.(rule);
}

export { countsShouting } from './occurrence';

const COMPILERS: { [K in RuleKind]: (rule: Extract<KindSource, { kind: K }>, ctx: CompileContext) => CompiledKindPart | null } = {
  existence: existence.compile,
  substitution: substitution.compile,
  pattern: pattern.compile,
  occurrence: occurrence.compile,
  detector: detector.compile,
  required: required.compile,
  classifier: classifier.compile,
};

/** The kind's own part of the compiled rule; null when it reported an error through `ctx`. */
export function compileKind(rule: KindSource, ctx: CompileContext): CompiledKindPart | null {
  return (COMPILERS[rule.kind] as (rule: KindSource, ctx: CompileContext) => CompiledKindPart | null)(rule, ctx);
}

const MATCHERS: Record<RuleKind, KindMatcher> = {
  existence: existence.match,
  substitution: substitution.match,
  pattern: pattern.match,
  occurrence: occurrence.match,
  detector: detector.match,
  required: required.match,
  classifier: classifier.match,
};

/** Where one live rule matches one message (raw offsets). */
export function matchRule(r: LiveRule, t: AnalyzedText, platform: AnyPlatform, contacts: BrandContacts): RuleMatch[] {
  if (t.raw.trim() === '') return [];
  return MATCHERS[r.rule.kind](r, t, platform, contacts);
}
