// Answers `gardefou:record-events` in the background: admits the events against the charter in force and writes them.
import { browser } from 'wxt/browser';
import { isRecordEventsRequest, type RecordEventsRequest, type RecordEventsResponse } from '../../shared/messaging/protocol';
import { compiledCharterItem } from '../../shared/storage/charter-items';
import { admitEvents } from './admit-events';
import type { StatsStore } from '../../shared/stats-db/stats-store';

export async function answerRecordEvents(request: RecordEventsRequest, store: StatsStore, now: number = Date.now()): Promise<RecordEventsResponse> {
  const admitted = admitEvents(request.events, await compiledCharterItem.getValue(), now);
  await store.recordEvents(admitted);
  return { ok: true, recorded: admitted.length };
}

/** Registers the listener; returns a disposer. */
export function listenForStatsRequests(store: StatsStore): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (response: RecordEventsResponse) => void) => {
    if (!isRecordEventsRequest(message)) return undefined;
    answerRecordEvents(message, store).then(sendResponse, () => sendResponse({ ok: false, recorded: 0 }));
    // Keeps the channel open for the asynchronous answer (Chrome's callback style).
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
