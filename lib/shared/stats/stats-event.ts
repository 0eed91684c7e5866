// What content scripts and the popup send to the background for the statistics: ids, fixed vocabularies and a time, never page text.
// The one exception is a false-positive report's `attachedText`, present only when the CM ticked "attach the text" after seeing it.
import { DISMISS_REASONS, type DismissReason } from '../messaging/dismiss-reason';
import { PLATFORMS, type AnyPlatform } from '../../core/engine/vocabulary';

/** Why a CM says a finding is a false positive (a fixed vocabulary, so the manager can count them). */
export const FALSE_POSITIVE_REASONS = ['harmless_meaning', 'allowed_by_charter', 'wrong_category', 'other'] as const;
export type FalsePositiveReason = (typeof FALSE_POSITIVE_REASONS)[number];

/** The longest text a false-positive report may carry; the dialog shows the text already cut to this length. */
export const MAX_ATTACHED_TEXT = 500;

/** `at` is the time of the event in milliseconds since the epoch; the store files it under the local day. */
export type StatsEvent =
  /** A finding appeared in a box and stayed long enough to be seen. */
  | { kind: 'finding-shown'; ruleId: string; platform: AnyPlatform; at: number }
  /** A shown finding disappeared while the box still held text: the CM changed the draft. */
  | { kind: 'finding-fixed'; ruleId: string; platform: AnyPlatform; at: number }
  | { kind: 'finding-overridden'; ruleId: string; reason: DismissReason; platform: AnyPlatform; at: number }
  | { kind: 'phrasing-inserted'; phrasingId: string; platform: AnyPlatform; at: number }
  | { kind: 'escalation-recorded'; pathId: string; platform: AnyPlatform; at: number }
  | { kind: 'false-positive-reported'; ruleId: string; reason: FalsePositiveReason; platform: AnyPlatform; at: number; attachedText?: string }
  /** A CM quieted a quietable rule for themselves, or restored it (the rule id only). */
  | { kind: 'rule-quieted' | 'rule-restored'; ruleId: string; platform: AnyPlatform; at: number };

export type StatsEventKind = StatsEvent['kind'];

/** Rule and path ids as the charter schema allows them: no spaces, so no sentence fits. */
const CHARTER_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,79}$/;
/** Phrasing ids may hold spaces ("FR 1.1") but stay short, and never control characters. */
const PHRASING_ID = /^[^\p{Cc}]{1,40}$/u;

const isPlatform = (value: unknown): value is AnyPlatform =>
  value === 'other' || (PLATFORMS as readonly unknown[]).includes(value);
const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T => (values as readonly unknown[]).includes(value);
const isCharterId = (value: unknown): value is string => typeof value === 'string' && CHARTER_ID.test(value);
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0;

/**
 * Rebuilds an event field by field from whatever arrived, so nothing but the known fields can reach the store;
 * null when the value is not a well-formed event.
 */
export function parseStatsEvent(value: unknown): StatsEvent | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as Record<string, unknown>;
  const { platform, at } = raw;
  if (!isPlatform(platform) || !isTime(at)) return null;
  switch (raw.kind) {
    case 'finding-shown':
    case 'finding-fixed':
    case 'rule-quieted':
    case 'rule-restored':
      return isCharterId(raw.ruleId) ? { kind: raw.kind, ruleId: raw.ruleId, platform, at } : null;
    case 'finding-overridden':
      return isCharterId(raw.ruleId) && isOneOf<DismissReason>(DISMISS_REASONS, raw.reason)
        ? { kind: raw.kind, ruleId: raw.ruleId, reason: raw.reason, platform, at }
        : null;
    case 'phrasing-inserted':
      return typeof raw.phrasingId === 'string' && PHRASING_ID.test(raw.phrasingId)
        ? { kind: raw.kind, phrasingId: raw.phrasingId, platform, at }
        : null;
    case 'escalation-recorded':
      return isCharterId(raw.pathId) ? { kind: raw.kind, pathId: raw.pathId, platform, at } : null;
    case 'false-positive-reported': {
      if (!isCharterId(raw.ruleId) || !isOneOf(FALSE_POSITIVE_REASONS, raw.reason)) return null;
      const event: StatsEvent = { kind: raw.kind, ruleId: raw.ruleId, reason: raw.reason, platform, at };
      if (raw.attachedText === undefined) return event;
      // A text longer than the dialog could have shown was not seen in full by the CM: refuse the report.
      if (typeof raw.attachedText !== 'string' || raw.attachedText.length > MAX_ATTACHED_TEXT) return null;
      return raw.attachedText.trim() === '' ? event : { ...event, attachedText: raw.attachedText };
    }
    default:
      return null;
  }
}
