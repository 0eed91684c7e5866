// The statistics store: counters per day, platform and rule; fixes, overrides and their reasons; records; periods; the cap; clearing.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openStatsStore, type StatsStore } from '../../../lib/shared/stats-db/stats-store';
import type { AdmittedEvent } from '../../../lib/shared/stats/stats-records';

const at = (day: number, hour = 10, month = 4) => new Date(2026, month, day, hour, 0, 0).getTime();
let opened: StatsStore[] = [];
let counter = 0;
const storeAt = (now: number, cap?: { maxDays?: number; maxRecords?: number }) => {
  const store = openStatsStore({ name: `stats-store-test-${++counter}`, now: () => now, cap });
  opened.push(store);
  return store;
};

afterEach(() => {
  for (const store of opened) store.close();
  opened = [];
});

const shown = (ruleId: string, time: number, platform: AdmittedEvent['platform'] = 'facebook'): AdmittedEvent => ({
  kind: 'finding-shown',
  ruleId,
  category: 'out_of_perimeter',
  platform,
  at: time,
});

describe('recordEvents and aggregates', () => {
  it('counts findings shown per day, platform and rule', async () => {
    const store = storeAt(at(4));
    await store.recordEvents([shown('perimeter.refund', at(3, 9)), shown('perimeter.refund', at(3, 18)), shown('perimeter.refund', at(4))]);
    await store.recordEvents([shown('perimeter.refund', at(4), 'x'), shown('tone.hype', at(4), 'x')]);
    const { rules } = await store.aggregates();
    const counts = rules.map((row) => [row.day, row.platform, row.ruleId, row.shown]);
    expect(counts).toEqual(
      expect.arrayContaining([
        ['2026-05-03', 'facebook', 'perimeter.refund', 2],
        ['2026-05-04', 'facebook', 'perimeter.refund', 1],
        ['2026-05-04', 'x', 'perimeter.refund', 1],
        ['2026-05-04', 'x', 'tone.hype', 1],
      ]),
    );
    expect(rules).toHaveLength(4);
  });

  it('adds fixes, overrides by reason and false-positive reports to the same counter', async () => {
    const store = storeAt(at(4));
    const base = { ruleId: 'perimeter.refund', category: 'out_of_perimeter' as const, platform: 'linkedin' as const, at: at(4) };
    await store.recordEvents([
      { ...base, kind: 'finding-shown' },
      { ...base, kind: 'finding-shown' },
      { ...base, kind: 'finding-shown' },
      { ...base, kind: 'finding-fixed' },
      { ...base, kind: 'finding-overridden', reason: 'context_ok' },
    ]);
    await store.recordEvents([
      { ...base, kind: 'finding-overridden', reason: 'false_positive' },
      { ...base, kind: 'finding-overridden', reason: 'false_positive' },
      { ...base, kind: 'false-positive-reported', reason: 'harmless_meaning', attachedText: null },
    ]);
    const [row] = (await store.aggregates()).rules;
    expect(row).toEqual({
      day: '2026-05-04',
      platform: 'linkedin',
      ruleId: 'perimeter.refund',
      category: 'out_of_perimeter',
      shown: 3,
      fixed: 1,
      overridden: { false_positive: 2, context_ok: 1, approved_by_lead: 0 },
      falsePositiveReports: 1,
      quieted: 0,
      restored: 0,
    });
    const reports = await store.falsePositiveReports();
    expect(reports.map(({ ruleId, reason, attachedText, day }) => ({ ruleId, reason, attachedText, day }))).toEqual([
      { ruleId: 'perimeter.refund', reason: 'harmless_meaning', attachedText: null, day: '2026-05-04' },
    ]);
  });

  it('counts phrasings inserted and keeps one record per escalation, with its path, team and time', async () => {
    const store = storeAt(at(4));
    await store.recordEvents([
      { kind: 'phrasing-inserted', phrasingId: 'FR 1.1', pathId: 'sav', platform: 'x', at: at(4, 9) },
      { kind: 'phrasing-inserted', phrasingId: 'FR 1.1', pathId: 'sav', platform: 'x', at: at(4, 11) },
      { kind: 'escalation-recorded', pathId: 'legal', category: 'legal', team: 'Service juridique', platform: 'facebook', at: at(4, 15) },
    ]);
    expect((await store.aggregates()).phrasings).toEqual([{ day: '2026-05-04', platform: 'x', phrasingId: 'FR 1.1', pathId: 'sav', inserted: 2 }]);
    const escalations = await store.escalations();
    expect(escalations).toEqual([
      { id: 1, day: '2026-05-04', at: at(4, 15), platform: 'facebook', pathId: 'legal', category: 'legal', team: 'Service juridique' },
    ]);
  });

  it('reads a period of the last N local days, today included', async () => {
    const store = storeAt(at(30, 12));
    await store.recordEvents([shown('old', at(23, 23)), shown('edge', at(24, 0)), shown('today', at(30, 8))]);
    await store.recordEvents([{ kind: 'escalation-recorded', pathId: 'sav', category: 'sav', team: null, platform: 'x', at: at(20) }]);
    const week = await store.aggregates({ days: 7 });
    expect(week.rules.map((row) => row.ruleId).sort()).toEqual(['edge', 'today']);
    expect(await store.escalations({ days: 7 })).toEqual([]);
    expect((await store.escalations({ days: 30 })).map((record) => record.pathId)).toEqual(['sav']);
    expect((await store.aggregates({ days: 1 })).rules.map((row) => row.ruleId)).toEqual(['today']);
  });

  it('exports rows of every kind for the period', async () => {
    const store = storeAt(at(4));
    await store.recordEvents([
      shown('perimeter.refund', at(4)),
      { kind: 'phrasing-inserted', phrasingId: 'EN 1.1', pathId: null, platform: 'x', at: at(4) },
      { kind: 'escalation-recorded', pathId: 'press', category: 'press', team: null, platform: 'x', at: at(4) },
      { kind: 'false-positive-reported', ruleId: 'tone.hype', category: 'overmarketing', reason: 'other', attachedText: 'ok', platform: 'x', at: at(4) },
    ]);
    const rows = await store.exportRows({ days: 7 });
    expect([rows.rules.length, rows.phrasings.length, rows.escalations.length, rows.falsePositiveReports.length]).toEqual([2, 1, 1, 1]);
  });
});

describe('size cap', () => {
  it('drops whole days, oldest first, past the maximum number of days', async () => {
    const store = storeAt(at(10), { maxDays: 3 });
    for (const day of [1, 2, 3]) await store.recordEvents([shown('rule.a', at(day))]);
    await store.recordEvents([{ kind: 'escalation-recorded', pathId: 'sav', category: 'sav', team: null, platform: 'x', at: at(1, 12) }]);
    expect((await store.aggregates()).rules.map((row) => row.day)).toEqual(['2026-05-01', '2026-05-02', '2026-05-03']);

    await store.recordEvents([shown('rule.a', at(4))]);
    expect((await store.aggregates()).rules.map((row) => row.day)).toEqual(['2026-05-02', '2026-05-03', '2026-05-04']);
    // The escalation of the dropped day went with it.
    expect(await store.escalations()).toEqual([]);
  });

  it('drops the oldest days while the records exceed the maximum, but never the newest day', async () => {
    const store = storeAt(at(10), { maxRecords: 4 });
    await store.recordEvents([shown('a', at(1)), shown('b', at(1))]);
    await store.recordEvents([shown('a', at(2)), shown('b', at(2))]);
    expect((await store.aggregates()).rules).toHaveLength(4);
    await store.recordEvents([shown('c', at(3))]);
    expect((await store.aggregates()).rules.map((row) => `${row.day} ${row.ruleId}`)).toEqual(['2026-05-02 a', '2026-05-02 b', '2026-05-03 c']);

    const events: AdmittedEvent[] = ['p', 'q', 'r', 's', 't'].map((ruleId) => shown(ruleId, at(5)));
    await store.recordEvents(events);
    expect((await store.aggregates()).rules.map((row) => row.day)).toEqual(['2026-05-05', '2026-05-05', '2026-05-05', '2026-05-05', '2026-05-05']);
  });
});

describe('clearAll', () => {
  it('empties every object store, and the store keeps working afterwards', async () => {
    const store = storeAt(at(4));
    await store.recordEvents([
      shown('rule.a', at(4)),
      { kind: 'phrasing-inserted', phrasingId: 'FR 1.1', pathId: 'sav', platform: 'x', at: at(4) },
      { kind: 'escalation-recorded', pathId: 'sav', category: 'sav', team: null, platform: 'x', at: at(4) },
      { kind: 'false-positive-reported', ruleId: 'rule.a', category: 'style', reason: 'other', attachedText: 'texte', platform: 'x', at: at(4) },
    ]);
    await store.clearAll();
    expect(await store.exportRows()).toEqual({ rules: [], phrasings: [], escalations: [], falsePositiveReports: [] });
    await store.recordEvents([shown('rule.b', at(4))]);
    expect((await store.aggregates()).rules.map((row) => row.ruleId)).toEqual(['rule.b']);
  });
});
