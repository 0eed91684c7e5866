// existence: any of the terms in the text is a finding.
import { z } from 'zod';
import { regexMatches } from '../engine/match-rule';
import type { CompileContext, CompiledKindPart, KindMatcher, SchemaParts } from './kind';

export const schema = ({ common, terms }: SchemaParts) => z.strictObject({ ...common, kind: z.literal('existence'), terms });
export type Source = z.infer<ReturnType<typeof schema>>;

export const readsIncoming = true;

export function compile(rule: Source, ctx: CompileContext): CompiledKindPart | null {
  const m = ctx.matcher(rule.terms, `${ctx.at}.terms`, true);
  return m ? { swaps: [{ matcher: m }] } : null;
}

export const match: KindMatcher = regexMatches;
