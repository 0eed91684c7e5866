// Answers the popup's messages to this tab: the active box's state, inserting approved phrasing, dismissing a finding,
// reading a flagged passage for a false-positive report the CM chose to attach it to, and the diagnostics counts.
import { browser } from 'wxt/browser';
import { liveResources } from '../../shared/diagnostics/live-resources';
import {
  isContentRequest,
  type ContentDiagnostics,
  type ContentRequest,
  type DismissResponse,
  type GetActiveBoxResponse,
  type InsertResponse,
  type ReadFlaggedTextResponse,
} from '../../shared/messaging/protocol';
import { refuseJuniorOverride } from '../junior/lead-override';
import type { BoxSession } from './box-session';

export interface SessionLookup {
  /** The box the CM is working in, if any. */
  active(): BoxSession | null;
  byId(boxId: string): BoxSession | undefined;
  /** How many box sessions are alive. */
  count(): number;
}

type ContentResponse = GetActiveBoxResponse | InsertResponse | DismissResponse | ReadFlaggedTextResponse | ContentDiagnostics;

export async function answerContentRequest(request: ContentRequest, sessions: SessionLookup): Promise<ContentResponse> {
  switch (request.type) {
    case 'gardefou:get-active-box':
      return sessions.active()?.state() ?? null;
    case 'gardefou:insert': {
      const session = request.boxId ? sessions.byId(request.boxId) : sessions.active();
      if (!session) return { ok: false, reason: 'no-box' };
      return session.insert(String(request.text), request.mode === 'replace' ? 'replace' : 'caret');
    }
    case 'gardefou:dismiss-finding': {
      const session = sessions.byId(request.boxId);
      const refusal = session ? await refuseJuniorOverride(session.state().mode, request) : null;
      if (refusal) return { ok: false, refusal };
      return { ok: session?.dismiss(request.ruleId, request.start, request.reason) ?? false };
    }
    case 'gardefou:read-flagged-text': {
      const { start, end } = request;
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) return { text: null };
      return { text: sessions.byId(request.boxId)?.flaggedText(start, end) ?? null };
    }
    case 'gardefou:diagnostics':
      return { sessions: sessions.count(), ...liveResources() };
  }
}

/** Registers the listener; returns a disposer. */
export function listenForContentRequests(sessions: SessionLookup): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (response: ContentResponse | undefined) => void) => {
    if (!isContentRequest(message)) return undefined;
    answerContentRequest(message, sessions).then(sendResponse, () => sendResponse(undefined));
    // Keeps the channel open for the asynchronous answer (Chrome's callback style).
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
