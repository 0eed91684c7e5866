// The content script's statistics: one batching recorder per page, one finding tracker per reply box, and the reports the
// in-page card sends. Only rule ids, reasons, the platform and times leave through here (lib/background/stats-db/stats-event.ts).
import type { AnyPlatform } from '../../core/engine/vocabulary';
import { createFindingStatsTracker, type FindingStatsTracker } from './finding-stats-tracker';
import { createStatsRecorder, type StatsRecorder } from '../../shared/stats/record-events';
import type { FalsePositiveReason } from '../../shared/stats/stats-event';

export interface PageStats {
  /** A tracker for a box that just appeared; its dispose() forgets it. */
  trackBox(platform: AnyPlatform): FindingStatsTracker;
  /** A new charter or mode changes the findings by itself: every box forgets its findings without counting fixes. */
  resetAll(): void;
  /** A report from the in-page card: rule id and reason, never text; sent at once. Resolves true when the background kept it. */
  reportFalsePositive(platform: AnyPlatform, ruleId: string, reason: FalsePositiveReason): Promise<boolean>;
  /** Sends what is queued and stops. */
  dispose(): void;
}

export interface PageStatsOptions {
  /** The page, whose hiding or unloading sends the queue. */
  win?: Window;
  /** Replaces the recorder (tests). */
  recorder?: StatsRecorder;
  settleMs?: number;
}

export function createPageStats(options: PageStatsOptions = {}): PageStats {
  const recorder = options.recorder ?? createStatsRecorder({ win: options.win });
  const trackers = new Set<FindingStatsTracker>();

  return {
    trackBox(platform) {
      const tracker = createFindingStatsTracker({ platform, emit: recorder.record, settleMs: options.settleMs });
      trackers.add(tracker);
      return {
        update: tracker.update,
        overridden: tracker.overridden,
        reset: tracker.reset,
        dispose() {
          trackers.delete(tracker);
          tracker.dispose();
        },
      };
    },
    resetAll() {
      for (const tracker of trackers) tracker.reset();
    },
    reportFalsePositive(platform, ruleId, reason) {
      recorder.record({ kind: 'false-positive-reported', ruleId, reason, platform, at: Date.now() });
      return recorder.flush();
    },
    dispose() {
      for (const tracker of trackers) tracker.dispose();
      trackers.clear();
      recorder.dispose();
    },
  };
}
