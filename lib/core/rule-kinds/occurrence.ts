// occurrence: a counting limit (exclamation marks, emoji, hashtags, mentions, links, shouted words, length).
import { z } from 'zod';
import { OCCURRENCE_COUNTERS, type CompiledRule } from '../charter/compiled';
import { MAX_MATCHES_PER_RULE } from '../engine/match-rule';
import { countOccurrences, isJustOverLimit } from '../engine/occurrence';
import { PLATFORMS, type Category } from '../engine/vocabulary';
import type { CompiledKindPart, KindMatcher, SchemaParts } from './kind';

export const schema = ({ common }: SchemaParts) =>
  z.strictObject({
    ...common,
    kind: z.literal('occurrence'),
    count: z.enum(OCCURRENCE_COUNTERS),
    max: z.number().int().min(0).max(1_000_000),
    maxByPlatform: z.partialRecord(z.enum(PLATFORMS), z.number().int().min(0).max(1_000_000)).optional(),
  });
export type Source = z.infer<ReturnType<typeof schema>>;

/** Counting is a draft's style: an incoming message is not held to it. */
export const readsIncoming = false;

/** Capitals counted as over-marketing: they sell only beside hype in the same draft; alone they only shout (engine/check.ts). */
export function countsShouting(rule: CompiledRule): boolean {
  return rule.occurrence?.counter === 'caps_words' && rule.category === 'overmarketing';
}

/** Shouted words are confident over-marketing only when other over-marketing rules find hype in the same draft. */
export function confidentWith(rule: CompiledRule): Category | undefined {
  return countsShouting(rule) ? 'overmarketing' : undefined;
}

export function compile(rule: Source): CompiledKindPart {
  return { occurrence: { counter: rule.count, max: rule.max, ...(rule.maxByPlatform ? { maxByPlatform: rule.maxByPlatform } : {}) } };
}

export const match: KindMatcher = ({ rule }, t, platform) => {
  const o = rule.occurrence!;
  const max = o.maxByPlatform?.[platform] ?? o.max;
  const result = countOccurrences(o.counter, t.raw, max);
  if (!result.spans.length) return [];
  const justOver = isJustOverLimit(o.counter, t.raw, max, result.count);
  return result.spans.slice(0, MAX_MATCHES_PER_RULE).map((s) => ({ ...s, replacement: rule.replacement, ...(justOver ? { justOver } : {}) }));
};
