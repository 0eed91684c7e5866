// The popup's side of the message protocol with the target tab's content script.
import { browser } from 'wxt/browser';
import type {
  ActiveBoxState,
  ContentRequest,
  DismissResponse,
  GetActiveBoxResponse,
  InsertResponse,
  ReadFlaggedTextResponse,
} from '../../shared/messaging/protocol';
import type { InsertMode } from '../../shared/messaging/reply-box';
import type { DismissRequest } from '../../shared/messaging/dismiss-request';

export type ActiveBoxQuery =
  | { status: 'box'; box: ActiveBoxState }
  /** Gardefou runs in the tab, but the CM is not in a reply box. */
  | { status: 'no-box' }
  /** Nothing answers in the tab: not Facebook, X or LinkedIn, or a page opened before the extension was installed. */
  | { status: 'unsupported' };

function send<T>(tabId: number, request: ContentRequest): Promise<T> {
  return browser.tabs.sendMessage(tabId, request) as Promise<T>;
}

export async function queryActiveBox(tabId: number | null): Promise<ActiveBoxQuery> {
  if (tabId === null) return { status: 'unsupported' };
  try {
    const box = await send<GetActiveBoxResponse | undefined>(tabId, { type: 'gardefou:get-active-box' });
    return box ? { status: 'box', box } : { status: 'no-box' };
  } catch {
    // "Receiving end does not exist": no content script in this tab.
    return { status: 'unsupported' };
  }
}

export async function requestInsert(tabId: number, boxId: string, text: string, mode: InsertMode): Promise<InsertResponse> {
  try {
    const response = await send<InsertResponse | undefined>(tabId, { type: 'gardefou:insert', boxId, text, mode });
    return response ?? { ok: false, reason: 'no-box' };
  } catch {
    return { ok: false, reason: 'no-box' };
  }
}

/** Resolves true when the content script took the override. */
export async function requestDismiss(tabId: number, request: DismissRequest): Promise<boolean> {
  try {
    const response = await send<DismissResponse | undefined>(tabId, request);
    return response?.ok === true;
  } catch {
    return false;
  }
}

/** The passage a finding flags, for a false-positive report; call only once the CM ticked "attach the text". Null when it is gone. */
export async function requestFlaggedText(tabId: number, boxId: string, finding: { start: number; end: number }): Promise<string | null> {
  try {
    const response = await send<ReadFlaggedTextResponse | undefined>(tabId, {
      type: 'gardefou:read-flagged-text',
      boxId,
      start: finding.start,
      end: finding.end,
    });
    return typeof response?.text === 'string' ? response.text : null;
  } catch {
    return null;
  }
}
