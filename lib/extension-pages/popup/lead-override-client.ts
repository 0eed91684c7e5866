// A lead's override of one finding in junior mode, as it travels to the content script: ids, an offset, the reason and the PIN.
import { browser } from 'wxt/browser';
import type { Finding } from '../../core/engine/types';
import type { ContentRequest, DismissResponse } from '../../shared/messaging/protocol';

export async function requestLeadOverride(tabId: number, boxId: string, finding: Pick<Finding, 'ruleId' | 'start'>, pin: string): Promise<DismissResponse> {
  const request: ContentRequest = { type: 'gardefou:dismiss-finding', boxId, ruleId: finding.ruleId, start: finding.start, reason: 'approved_by_lead', pin };
  try {
    return ((await browser.tabs.sendMessage(tabId, request)) as DismissResponse | undefined) ?? { ok: false };
  } catch {
    return { ok: false };
  }
}
