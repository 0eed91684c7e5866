// Dismissals made in this tab, in memory: rule id, reason, platform and time, never text. (The statistics tracker is told by the
// content controller itself, before the session's re-check hides the finding; onDismissal is for other listeners.)
import type { AnyPlatform } from '../../core/engine/vocabulary';
import type { DismissReason } from '../../shared/messaging/dismiss-reason';

export interface DismissalRecord {
  ruleId: string;
  reason: DismissReason;
  platform: AnyPlatform;
  /** ISO time. */
  at: string;
}

export interface DismissalLog {
  record(dismissal: DismissalRecord): void;
  records(): readonly DismissalRecord[];
  /** The hook for statistics: called for each new dismissal; returns a disposer. */
  onDismissal(listener: (dismissal: DismissalRecord) => void): () => void;
}

export function createDismissalLog(): DismissalLog {
  const records: DismissalRecord[] = [];
  const listeners = new Set<(dismissal: DismissalRecord) => void>();
  return {
    record(dismissal) {
      const copy: DismissalRecord = { ruleId: dismissal.ruleId, reason: dismissal.reason, platform: dismissal.platform, at: dismissal.at };
      records.push(copy);
      for (const listener of [...listeners]) {
        try {
          listener(copy);
        } catch {
          // A statistics failure must not undo the CM's dismissal.
        }
      }
    },
    records: () => records,
    onDismissal(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
