// Dismissing a finding for this reply with a reason: only the rule id, its offset and the reason go to the content script.
import { useState } from 'preact/hooks';
import type { Finding } from '../../core/engine/types';
import type { DismissReason } from '../../shared/messaging/dismiss-reason';
import { buildDismissRequest } from '../../shared/messaging/dismiss-request';
import { findingKey } from './group-findings';
import { requestDismiss } from './content-client';

export interface FindingOverrides {
  /** Key of the finding whose override failed last (the draft changed meanwhile), for the popup to say so. */
  failedKey: string | null;
  dismiss(finding: Finding, reason: DismissReason): Promise<boolean>;
}

export function useFindingOverrides(target: { tabId: number; boxId: string } | null, afterDismiss: () => Promise<unknown>): FindingOverrides {
  const [failedKey, setFailedKey] = useState<string | null>(null);
  const dismiss = async (finding: Finding, reason: DismissReason) => {
    if (!target) return false;
    const ok = await requestDismiss(target.tabId, buildDismissRequest(target.boxId, finding, reason));
    setFailedKey(ok ? null : findingKey(finding));
    await afterDismiss();
    return ok;
  };
  return { failedKey, dismiss };
}
