// The background's side of `gardefou:record-events`: admitted against the charter in force, written, answered; other messages untouched.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { compileCharterOrThrow } from '../../../lib/core/charter/compile';
import { isRecordEventsRequest, type RecordEventsResponse } from '../../../lib/shared/messaging/protocol';
import { compiledCharterItem } from '../../../lib/shared/storage/charter-items';
import { listenForStatsRequests } from '../../../lib/background/stats-db/stats-requests';
import { openStatsStore, type StatsStore } from '../../../lib/shared/stats-db/stats-store';

const charter = compileCharterOrThrow(JSON.parse(readFileSync('charters/brandtruc.json', 'utf8')));
const ruleId = charter.rules[0].id;
let store: StatsStore;

beforeEach(async () => {
  fakeBrowser.reset();
  store = openStatsStore({ name: `stats-requests-${Math.random()}` });
});
afterEach(() => store.close());

/** The fake browser's typing omits Chrome's third listener argument, `sendResponse`, which these listeners answer through. */
const trigger = fakeBrowser.runtime.onMessage.trigger as unknown as (message: unknown, sender: object, sendResponse: (response: RecordEventsResponse) => void) => Promise<unknown[]>;

function deliver(message: unknown): Promise<RecordEventsResponse | 'not answered'> {
  return new Promise((resolve) => {
    void trigger(message, {}, resolve).then((results) => {
      if (!results.includes(true)) resolve('not answered');
    });
  });
}

describe('listenForStatsRequests', () => {
  it('writes admitted events and answers how many were kept', async () => {
    await compiledCharterItem.setValue(charter);
    const stop = listenForStatsRequests(store);
    const response = await deliver({
      type: 'gardefou:record-events',
      events: [
        { kind: 'finding-shown', ruleId, platform: 'x', at: Date.now() },
        { kind: 'finding-shown', ruleId: 'no.such.rule', platform: 'x', at: Date.now() },
      ],
    });
    expect(response).toEqual({ ok: true, recorded: 1 });
    expect((await store.aggregates()).rules.map((row) => [row.ruleId, row.shown])).toEqual([[ruleId, 1]]);
    stop();
    expect(await deliver({ type: 'gardefou:record-events', events: [] })).toBe('not answered');
  });

  it('keeps nothing while no charter is in force, and leaves other messages to their own listeners', async () => {
    listenForStatsRequests(store);
    expect(await deliver({ type: 'gardefou:record-events', events: [{ kind: 'finding-shown', ruleId, platform: 'x', at: 1 }] })).toEqual({ ok: true, recorded: 0 });
    expect(await deliver({ type: 'gardefou:load-demo-charter' })).toBe('not answered');
    expect(isRecordEventsRequest({ type: 'gardefou:record-events', events: 'x' })).toBe(false);
  });

  it('answers a failure when the store cannot write', async () => {
    await compiledCharterItem.setValue(charter);
    const broken: StatsStore = { ...store, recordEvents: () => Promise.reject(new Error('quota')) };
    listenForStatsRequests(broken);
    expect(await deliver({ type: 'gardefou:record-events', events: [{ kind: 'finding-shown', ruleId, platform: 'x', at: 1 }] })).toEqual({ ok: false, recorded: 0 });
  });
});
