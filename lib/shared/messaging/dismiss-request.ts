// The override a CM makes on a finding, as it travels to the content script: ids, an offset and a reason, never text.
import type { DismissReason } from './dismiss-reason';
import type { ContentRequest } from './protocol';
import type { Finding } from '../../core/engine/types';

export type DismissRequest = Extract<ContentRequest, { type: 'gardefou:dismiss-finding' }>;

/** Builds the request field by field, so nothing from the finding but its rule id and start offset can travel. */
export function buildDismissRequest(boxId: string, finding: Pick<Finding, 'ruleId' | 'start'>, reason: DismissReason): DismissRequest {
  return { type: 'gardefou:dismiss-finding', boxId, ruleId: finding.ruleId, start: finding.start, reason };
}
