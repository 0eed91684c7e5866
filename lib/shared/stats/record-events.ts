// The page side of the statistics: collects events, sends them to the background in batches, and never throws into the page.
// Imports no idb and no charter code, so the content script stays small.
import { browser } from 'wxt/browser';
import { listen } from '../diagnostics/live-resources';
import type { RecordEventsRequest } from '../messaging/protocol';
import type { StatsEvent } from './stats-event';

export interface StatsRecorder {
  /** Queues one event; it leaves with the next batch. */
  record(event: StatsEvent): void;
  /** Sends what is queued now (a report the CM just made, the page going away). Resolves true when the background took it. */
  flush(): Promise<boolean>;
  /** Sends what is queued and stops listening to the page. */
  dispose(): void;
}

export interface StatsRecorderOptions {
  send?: (request: RecordEventsRequest) => Promise<unknown>;
  /** Quiet time before a batch leaves. */
  delayMs?: number;
  /** A batch this large leaves at once. */
  maxBatch?: number;
  /** When given, the queue is sent as the page is hidden or left. */
  win?: Pick<Window, 'addEventListener' | 'removeEventListener'> & { document: Pick<Document, 'visibilityState'> };
}

/** Events waiting beyond this (the background unreachable for long) are dropped, oldest first: statistics are best effort. */
const MAX_QUEUED = 1000;

const sendToBackground = (request: RecordEventsRequest) => browser.runtime.sendMessage(request);

export function createStatsRecorder(options: StatsRecorderOptions = {}): StatsRecorder {
  const send = options.send ?? sendToBackground;
  const delayMs = options.delayMs ?? 2000;
  const maxBatch = options.maxBatch ?? 50;
  let queue: StatsEvent[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;

  const flush = async (): Promise<boolean> => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (queue.length === 0) return true;
    const events = queue;
    queue = [];
    try {
      // sendMessage throws synchronously once the extension was reloaded under the page ("context invalidated").
      const response = (await send({ type: 'gardefou:record-events', events })) as { ok?: unknown } | undefined;
      return response?.ok === true;
    } catch {
      return false;
    }
  };

  const onPageHide = () => void flush();
  const onVisibilityChange = () => {
    if (options.win?.document.visibilityState === 'hidden') void flush();
  };
  const stops = options.win ? [listen(options.win, 'pagehide', onPageHide), listen(options.win, 'visibilitychange', onVisibilityChange)] : [];

  return {
    record(event) {
      try {
        queue.push(event);
        if (queue.length > MAX_QUEUED) queue.splice(0, queue.length - MAX_QUEUED);
        if (queue.length >= maxBatch) void flush();
        else timer ??= setTimeout(() => void flush(), delayMs);
      } catch {
        // Counting must never break the reply box.
      }
    },
    flush,
    dispose() {
      for (const stop of stops) stop();
      void flush();
    },
  };
}
