// The page-side recorder: batches, sends on a timer, a full batch or the page hiding, and never throws into the page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecordEventsRequest } from '../../../lib/shared/messaging/protocol';
import { createStatsRecorder } from '../../../lib/shared/stats/record-events';
import type { StatsEvent } from '../../../lib/shared/stats/stats-event';

const event = (ruleId: string): StatsEvent => ({ kind: 'finding-shown', ruleId, platform: 'x', at: 1 });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createStatsRecorder', () => {
  it('sends the events queued during the quiet time as one message', async () => {
    const sent: RecordEventsRequest[] = [];
    const recorder = createStatsRecorder({ send: async (request) => (sent.push(request), { ok: true }), delayMs: 500 });
    recorder.record(event('a'));
    recorder.record(event('b'));
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toEqual([{ type: 'gardefou:record-events', events: [event('a'), event('b')] }]);
  });

  it('sends a full batch at once, and flush sends what is left', async () => {
    const sent: RecordEventsRequest[] = [];
    const recorder = createStatsRecorder({ send: async (request) => (sent.push(request), { ok: true }), maxBatch: 2 });
    recorder.record(event('a'));
    recorder.record(event('b'));
    recorder.record(event('c'));
    expect(sent.map((request) => request.events.length)).toEqual([2]);
    expect(await recorder.flush()).toBe(true);
    expect(sent.map((request) => request.events.map((sentEvent) => (sentEvent as { ruleId: string }).ruleId))).toEqual([['a', 'b'], ['c']]);
  });

  it('swallows a background that throws or rejects, and reports it from flush', async () => {
    const throwing = createStatsRecorder({
      send: () => {
        throw new Error('Extension context invalidated.');
      },
    });
    expect(() => throwing.record(event('a'))).not.toThrow();
    expect(await throwing.flush()).toBe(false);
    const rejecting = createStatsRecorder({ send: () => Promise.reject(new Error('no receiver')) });
    rejecting.record(event('a'));
    expect(await rejecting.flush()).toBe(false);
    await vi.runAllTimersAsync();
  });

  it('sends the queue when the page is hidden, and stops listening once disposed', async () => {
    const sent: RecordEventsRequest[] = [];
    const listeners = new Map<string, () => void>();
    const win = {
      document: { visibilityState: 'visible' as DocumentVisibilityState },
      addEventListener: (type: string, listener: () => void) => void listeners.set(type, listener),
      removeEventListener: (type: string) => void listeners.delete(type),
    } as unknown as Window;
    const recorder = createStatsRecorder({ send: async (request) => (sent.push(request), { ok: true }), win });
    recorder.record(event('a'));
    (win.document as { visibilityState: string }).visibilityState = 'hidden';
    listeners.get('visibilitychange')?.();
    await Promise.resolve();
    expect(sent).toHaveLength(1);
    recorder.record(event('b'));
    listeners.get('pagehide')?.();
    await Promise.resolve();
    expect(sent).toHaveLength(2);
    recorder.dispose();
    expect([...listeners.keys()]).toEqual([]);
  });
});
