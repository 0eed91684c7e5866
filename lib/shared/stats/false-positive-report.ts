// A CM's report that a finding is wrong: rule id and reason, and a text only when they ticked "attach" after seeing it.
import type { AnyPlatform } from '../../core/engine/vocabulary';
import { MAX_ATTACHED_TEXT, type FalsePositiveReason, type StatsEvent } from './stats-event';

export interface FalsePositiveReportInput {
  ruleId: string;
  reason: FalsePositiveReason;
  platform: AnyPlatform;
  /** True only after the CM ticked "attach the text" with `attachableText` on screen. */
  attach: boolean;
  /** The text the dialog showed (already cut by `attachableExcerpt`). */
  attachableText: string | null;
  at?: number;
}

/** The text as it will be saved, cut to the length a report may carry; null when there is nothing to attach. */
export function attachableExcerpt(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  if (trimmed === '') return null;
  // Whole characters only: an emoji is never cut in half.
  let excerpt = '';
  for (const character of trimmed) {
    if (excerpt.length + character.length > MAX_ATTACHED_TEXT) break;
    excerpt += character;
  }
  return excerpt;
}

export function buildFalsePositiveEvent(input: FalsePositiveReportInput): Extract<StatsEvent, { kind: 'false-positive-reported' }> {
  const event: Extract<StatsEvent, { kind: 'false-positive-reported' }> = {
    kind: 'false-positive-reported',
    ruleId: input.ruleId,
    reason: input.reason,
    platform: input.platform,
    at: input.at ?? Date.now(),
  };
  const text = input.attach ? attachableExcerpt(input.attachableText) : null;
  return text === null ? event : { ...event, attachedText: text };
}
