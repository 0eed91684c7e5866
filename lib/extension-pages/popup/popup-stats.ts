// The statistics the popup itself records: an approved phrasing inserted, an escalation logged. Ids and a time only.
// Each leaves at once (the popup may close the next moment); the background completes them from the charter in force.
import type { AnyPlatform } from '../../core/engine/vocabulary';
import { sendStatsEventNow } from '../common/false-positive/use-false-positive-form';

/** Resolves true once the background kept the event. */
export function recordPhrasingInserted(platform: AnyPlatform, phrasingId: string, at: number = Date.now()): Promise<boolean> {
  return sendStatsEventNow({ kind: 'phrasing-inserted', phrasingId, platform, at });
}

/** The background adds the path's category and team (charter point: every escalation is logged with its path, time and team). */
export function recordEscalation(platform: AnyPlatform, pathId: string, at: number): Promise<boolean> {
  return sendStatsEventNow({ kind: 'escalation-recorded', pathId, platform, at });
}
