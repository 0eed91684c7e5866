// required: the draft must contain one of the terms (a signature, a greeting); its absence is the finding.
import { z } from 'zod';
import type { CompileContext, CompiledKindPart, KindMatcher, SchemaParts } from './kind';

export const schema = ({ common, terms }: SchemaParts) => z.strictObject({ ...common, kind: z.literal('required'), anyOf: terms });
export type Source = z.infer<ReturnType<typeof schema>>;

/** Only a draft can be missing something the brand always writes. */
export const readsIncoming = false;

export function compile(rule: Source, ctx: CompileContext): CompiledKindPart | null {
  const m = ctx.matcher(rule.anyOf, `${ctx.at}.anyOf`);
  return m ? { required: m } : null;
}

export const match: KindMatcher = (r, t) =>
  r.required!.test(t.norm.text) ? [] : [{ start: 0, end: t.raw.length, replacement: r.rule.replacement, wholeDraft: true }];
