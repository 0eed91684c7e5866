// The findings a CM dismissed for the reply being written, recognised by rule and span even as offsets shift with typing.
// The span text is held only here, in memory, for the life of the reply; it never leaves this object.
import type { Finding } from '../../core/engine/types';

export interface DismissedFindings {
  add(finding: Finding, draft: string): void;
  has(finding: Finding, draft: string): boolean;
  /** A new reply starts (the box was emptied, e.g. after sending). */
  clear(): void;
}

function keyOf(finding: Finding, draft: string): string {
  return finding.wholeDraft ? finding.ruleId : `${finding.ruleId}\u0000${draft.slice(finding.start, finding.end)}`;
}

export function createDismissedFindings(): DismissedFindings {
  const keys = new Set<string>();
  return {
    add: (finding, draft) => void keys.add(keyOf(finding, draft)),
    has: (finding, draft) => keys.has(keyOf(finding, draft)),
    clear: () => keys.clear(),
  };
}
