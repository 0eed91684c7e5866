// substitution: a bad wording and what to write instead (one swap per list of wordings).
import { z } from 'zod';
import { regexMatches } from '../engine/match-rule';
import type { CompiledSwap } from '../charter/compiled';
import type { CompileContext, CompiledKindPart, KindMatcher, SchemaParts } from './kind';

export const schema = ({ common, terms, localized }: SchemaParts) =>
  z.strictObject({
    ...common,
    kind: z.literal('substitution'),
    swap: z.array(z.strictObject({ terms, replacement: localized })).min(1, 'expected at least one swap'),
  });
export type Source = z.infer<ReturnType<typeof schema>>;

export const readsIncoming = true;

export function compile(rule: Source, ctx: CompileContext): CompiledKindPart | null {
  const swaps = rule.swap.map((s, i): CompiledSwap | null => {
    const m = ctx.matcher(s.terms, `${ctx.at}.swap[${i}].terms`, true);
    return m ? { matcher: m, replacement: ctx.localized(s.replacement) } : null;
  });
  return swaps.every((s) => s) ? { swaps: swaps as CompiledSwap[] } : null;
}

export const match: KindMatcher = regexMatches;
