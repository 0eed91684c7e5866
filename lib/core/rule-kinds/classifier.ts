// classifier: a built-in statistical model scores the whole message; the rule says how sure it must be.
import { z } from 'zod';
import { toRaw, type AnalyzedText } from '../engine/analyzed-text';
import { scoreText } from '../engine/classifier/model';
import { contextAllows, type RuleMatch } from '../engine/match-rule';
import { hasOwnKey } from '../engine/own-key';
import type { LiveRule } from '../engine/runtime';
import type { CompileContext, CompiledKindPart, KindMatcher, SchemaParts } from './kind';

export const schema = ({ common }: SchemaParts) =>
  z.strictObject({
    ...common,
    kind: z.literal('classifier'),
    model: z.string().min(1, 'expected the name of a built-in model'),
    threshold: z.number().gt(0, 'expected a threshold between 0 and 1').lt(1, 'expected a threshold between 0 and 1').optional(),
  });
export type Source = z.infer<ReturnType<typeof schema>>;

export const readsIncoming = true;

export function compile(rule: Source, ctx: CompileContext): CompiledKindPart | null {
  if (!hasOwnKey(ctx.models, rule.model)) {
    ctx.error(`${ctx.at}.model`, `expected one of ${Object.keys(ctx.models).join(', ')}, got '${rule.model}'`);
    return null;
  }
  const model = ctx.models[rule.model];
  const threshold = rule.threshold ?? model.threshold;
  // The band below the confident threshold where the model's hunch is shown as "possible", never in the badge.
  const possible = model.possibleThreshold ?? threshold;
  return { classifier: { model: rule.model, threshold, ...(possible < threshold ? { possibleThreshold: possible } : {}) } };
}

/** The span [start, end) of the normalised text without its surrounding blanks and final punctuation. */
function trimmed(t: AnalyzedText, span: { start: number; end: number }): { start: number; end: number } {
  const text = t.norm.text;
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s.!?;]/.test(text[end - 1])) end--;
  return { start, end };
}

/** The model reads the whole message; the finding points at the sentence it finds most telling. */
export const match: KindMatcher = (r: LiveRule, t: AnalyzedText): RuleMatch[] => {
  const { model, rule } = r;
  if (!model) return [];
  const { threshold, possibleThreshold } = rule.classifier! as { threshold: number; possibleThreshold?: number };
  const score = scoreText(model, t.norm.text);
  // Below the confident threshold, down to the possible one, the model's hunch is shown apart as "possible".
  const possible = score < threshold;
  if (possible && (possibleThreshold === undefined || score < possibleThreshold)) return [];
  // A possible signal is never underlined: it points at the opening sentence rather than paying to score each one.
  if (possible) {
    const { start, end } = trimmed(t, t.sentences[0] ?? { start: 0, end: t.norm.text.length });
    if (end <= start || !contextAllows(r, t, start, end)) return [];
    return [{ ...toRaw(t, start, end), replacement: rule.replacement, possible: 'model_uncertain' }];
  }
  let best = { start: 0, end: t.norm.text.length, score: -1 };
  for (const s of t.sentences.slice(0, 40)) {
    const score = scoreText(model, t.norm.text.slice(s.start, s.end));
    if (score > best.score) best = { start: s.start, end: s.end, score };
  }
  const { start, end } = trimmed(t, best);
  if (end <= start || !contextAllows(r, t, start, end)) return [];
  return [{ ...toRaw(t, start, end), replacement: rule.replacement }];
};
