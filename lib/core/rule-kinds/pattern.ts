// pattern: a regular expression, for what terms cannot say (a promo code, a capitalised name after "unlike").
import { z } from 'zod';
import { compactSource } from '../charter/compact';
import { compileLinearPattern } from '../charter/linear-pattern';
import { explainUnsafePattern } from '../charter/regex-safety';
import { regexMatches } from '../engine/match-rule';
import type { CompileContext, CompiledKindPart, KindMatcher, SchemaParts } from './kind';

export const schema = ({ common }: SchemaParts) =>
  z.strictObject({
    ...common,
    kind: z.literal('pattern'),
    pattern: z.string().min(1, 'expected a regular expression').max(500, 'expected a regular expression of at most 500 characters'),
    flags: z.string().regex(/^[imsu]*$/, 'expected only the flags i, m, s or u').optional(),
    on: z.enum(['raw', 'normalized']).optional(),
  });
export type Source = z.infer<ReturnType<typeof schema>>;

export const readsIncoming = true;

export function compile(rule: Source, ctx: CompileContext): CompiledKindPart | null {
  // A charter's pattern runs as an RE2 program (linear time); a built-in pack's stays native (test/unit/security).
  const linear = ctx.origin === 'charter' ? compileLinearPattern(rule.pattern, rule.flags) : undefined;
  const problem = linear ? (linear.ok ? null : linear.problem) : explainUnsafePattern(rule.pattern);
  if (problem) {
    ctx.error(`${ctx.at}.pattern`, `rule '${rule.id}': the pattern ${problem}`);
    return null;
  }
  const flags = [...new Set(`${rule.flags ?? ''}u`)].join('');
  const program = linear?.ok ? { program: linear.program } : {};
  return { swaps: [{ matcher: { source: compactSource(rule.pattern), flags, on: rule.on ?? 'raw', ...program } }] };
}

export const match: KindMatcher = regexMatches;
