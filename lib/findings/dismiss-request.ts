// The override a CM makes on a finding, as it travels to the content script: ids, an offset and a reason, never text.
import type { ContentRequest, DismissReason } from '../messaging/protocol';
import type { Finding } from '../engine/types';

export const DISMISS_REASONS: readonly DismissReason[] = ['false_positive', 'context_ok', 'approved_by_lead'];

export type DismissRequest = Extract<ContentRequest, { type: 'gardefou:dismiss-finding' }>;

/** Builds the request field by field, so nothing from the finding but its rule id and start offset can travel. */
export function buildDismissRequest(boxId: string, finding: Pick<Finding, 'ruleId' | 'start'>, reason: DismissReason): DismissRequest {
  return { type: 'gardefou:dismiss-finding', boxId, ruleId: finding.ruleId, start: finding.start, reason };
}

export function isDismissReason(value: string): value is DismissReason {
  return (DISMISS_REASONS as readonly string[]).includes(value);
}
