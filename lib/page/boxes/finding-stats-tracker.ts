// Turns one reply box's successive checks into "shown", "fixed" and "overridden" events, counting findings per rule id only.
// A finding counts as shown once it stayed `settleMs` (not a flicker while a word is being typed); it counts as fixed when
// it disappears while the box still holds text. A box emptied (sent, cleared) or gone counts nothing.
import type { Finding } from '../../core/engine/types';
import type { AnyPlatform } from '../../core/engine/vocabulary';
import type { DismissReason } from '../../shared/messaging/dismiss-reason';
import type { StatsEvent } from '../../shared/stats/stats-event';

export interface FindingStatsTracker {
  /** After every check of the box: its open findings (dismissed ones removed) and whether the draft is empty. */
  update(openFindings: readonly Pick<Finding, 'ruleId'>[], draftIsEmpty: boolean): void;
  /** The CM overrode a finding: call before the re-check that hides it, so it is not taken for a fix. */
  overridden(ruleId: string, reason: DismissReason): void;
  /** A new charter or mode changes the findings by itself: forget them without counting fixes. */
  reset(): void;
  /** The box went away. */
  dispose(): void;
}

export interface FindingStatsTrackerOptions {
  platform: AnyPlatform;
  emit(event: StatsEvent): void;
  settleMs?: number;
  now?: () => number;
}

/** Per rule id: findings already counted as shown, and the appearance times of those not yet settled. */
interface RuleState {
  shown: number;
  pending: number[];
}

export const DEFAULT_SETTLE_MS = 1000;

export function createFindingStatsTracker(options: FindingStatsTrackerOptions): FindingStatsTracker {
  const { platform, emit } = options;
  const settleMs = options.settleMs ?? DEFAULT_SETTLE_MS;
  const now = options.now ?? Date.now;
  const rules = new Map<string, RuleState>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  const safeEmit = (event: StatsEvent) => {
    try {
      emit(event);
    } catch {
      // Statistics never break the box.
    }
  };

  const cancelTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const promote = (at: number) => {
    for (const [ruleId, state] of rules) {
      while (state.pending.length > 0 && at - state.pending[0] >= settleMs) {
        state.pending.shift();
        state.shown += 1;
        safeEmit({ kind: 'finding-shown', ruleId, platform, at });
      }
    }
  };

  const schedule = () => {
    cancelTimer();
    let oldest = Infinity;
    for (const state of rules.values()) if (state.pending.length > 0) oldest = Math.min(oldest, state.pending[0]);
    if (oldest === Infinity) return;
    timer = setTimeout(
      () => {
        timer = null;
        promote(now());
        schedule();
      },
      Math.max(0, oldest + settleMs - now()),
    );
  };

  const forget = () => {
    cancelTimer();
    rules.clear();
  };

  return {
    update(openFindings, draftIsEmpty) {
      const at = now();
      promote(at);
      if (draftIsEmpty) {
        forget();
        return;
      }
      const counts = new Map<string, number>();
      for (const finding of openFindings) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
      for (const ruleId of new Set([...rules.keys(), ...counts.keys()])) {
        const state = rules.get(ruleId) ?? { shown: 0, pending: [] };
        const present = counts.get(ruleId) ?? 0;
        const tracked = state.shown + state.pending.length;
        if (present > tracked) {
          for (let added = tracked; added < present; added += 1) state.pending.push(at);
        } else if (present < tracked) {
          // The newest, unsettled appearances are the likeliest flickers: they go first, uncounted.
          let gone = tracked - present;
          const unsettled = Math.min(gone, state.pending.length);
          state.pending.splice(state.pending.length - unsettled, unsettled);
          gone -= unsettled;
          state.shown -= gone;
          for (; gone > 0; gone -= 1) safeEmit({ kind: 'finding-fixed', ruleId, platform, at });
        }
        if (state.shown + state.pending.length === 0) rules.delete(ruleId);
        else rules.set(ruleId, state);
      }
      schedule();
    },
    overridden(ruleId, reason) {
      const at = now();
      const state = rules.get(ruleId);
      if (state && state.shown > 0) {
        state.shown -= 1;
      } else {
        // Overridden before it settled (or before any check was reported): the CM saw it, so it counts as shown.
        state?.pending.shift();
        safeEmit({ kind: 'finding-shown', ruleId, platform, at });
      }
      if (state && state.shown + state.pending.length === 0) rules.delete(ruleId);
      safeEmit({ kind: 'finding-overridden', ruleId, reason, platform, at });
      schedule();
    },
    reset: forget,
    dispose: forget,
  };
}
