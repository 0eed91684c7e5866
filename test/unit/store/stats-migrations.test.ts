// Schema v1 → v2, from a real v1 database built with the raw IndexedDB API as Gardefou 0.1 left it.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openStatsStore } from '../../../lib/shared/stats-db/stats-store';
import { STATS_DB_VERSION } from '../../../lib/shared/stats-db/stats-schema';
import type { EscalationV1, FixCountV1, RuleCountRowV1 } from '../../../lib/shared/stats-db/stats-migrations';

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

/** Creates the database at version 1 with v1's stores and records, then closes it. */
async function createVersion1Database(
  name: string,
  data: { ruleCounts: RuleCountRowV1[]; fixes: FixCountV1[]; escalations: EscalationV1[] },
): Promise<void> {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    const db = open.result;
    db.createObjectStore('ruleCounts', { keyPath: ['day', 'platform', 'ruleId'] }).createIndex('day', 'day');
    db.createObjectStore('fixes', { keyPath: ['day', 'platform', 'ruleId'] });
    db.createObjectStore('escalations', { autoIncrement: true });
  };
  const db = await request(open);
  const transaction = db.transaction(['ruleCounts', 'fixes', 'escalations'], 'readwrite');
  for (const row of data.ruleCounts) transaction.objectStore('ruleCounts').put(row);
  for (const fix of data.fixes) transaction.objectStore('fixes').put(fix);
  for (const escalation of data.escalations) transaction.objectStore('escalations').add(escalation);
  await new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
  db.close();
}

async function storeNamesAndVersion(name: string): Promise<{ version: number; stores: string[] }> {
  const db = await request(indexedDB.open(name));
  const result = { version: db.version, stores: [...db.objectStoreNames].sort() };
  db.close();
  return result;
}

describe('stats database migration v1 → v2', () => {
  it('folds v1 fixes into the rule counters, splits the override reasons, and files v1 escalations by day', async () => {
    const name = 'stats-migration-v1';
    const escalationTime = new Date(2026, 2, 14, 16, 45, 0);
    await createVersion1Database(name, {
      ruleCounts: [
        {
          day: '2026-03-14',
          platform: 'facebook',
          ruleId: 'fr.perimeter.refund',
          category: 'out_of_perimeter',
          shown: 7,
          overridden: 3,
          overrideReasons: { false_positive: 2, approved_by_lead: 1 },
        },
        { day: '2026-03-15', platform: 'x', ruleId: 'fr.tone.hype', category: 'overmarketing', shown: 2, overridden: 0, overrideReasons: {} },
      ],
      fixes: [
        { day: '2026-03-14', platform: 'facebook', ruleId: 'fr.perimeter.refund', fixed: 4 },
        // A fix whose counter is gone has no category and nothing to be a rate of.
        { day: '2026-03-10', platform: 'x', ruleId: 'orphan.rule', fixed: 1 },
      ],
      escalations: [
        { pathId: 'legal', platform: 'linkedin', at: escalationTime.toISOString() },
        { pathId: 'sav', platform: 'x', at: 'not a time' },
      ],
    });
    expect(await storeNamesAndVersion(name)).toEqual({ version: 1, stores: ['escalations', 'fixes', 'ruleCounts'] });

    const store = openStatsStore({ name, now: () => new Date(2026, 2, 16, 12).getTime() });
    const { rules, phrasings } = await store.aggregates();
    expect(rules).toEqual([
      {
        day: '2026-03-14',
        platform: 'facebook',
        ruleId: 'fr.perimeter.refund',
        category: 'out_of_perimeter',
        shown: 7,
        fixed: 4,
        overridden: { false_positive: 2, context_ok: 0, approved_by_lead: 1 },
        falsePositiveReports: 0,
        quieted: 0,
        restored: 0,
      },
      {
        day: '2026-03-15',
        platform: 'x',
        ruleId: 'fr.tone.hype',
        category: 'overmarketing',
        shown: 2,
        fixed: 0,
        overridden: { false_positive: 0, context_ok: 0, approved_by_lead: 0 },
        falsePositiveReports: 0,
        quieted: 0,
        restored: 0,
      },
    ]);
    expect(phrasings).toEqual([]);
    expect(await store.escalations()).toEqual([
      { id: 1, day: '2026-03-14', at: escalationTime.getTime(), platform: 'linkedin', pathId: 'legal', category: null, team: null },
    ]);
    // The migrated escalations answer period queries through their new day index.
    expect(await store.escalations({ days: 3 })).toHaveLength(1);
    expect(await store.escalations({ days: 2 })).toHaveLength(0);

    // v2 writes on top of migrated rows, and the new stores work.
    await store.recordEvents([
      { kind: 'finding-fixed', ruleId: 'fr.perimeter.refund', category: 'out_of_perimeter', platform: 'facebook', at: new Date(2026, 2, 14, 18).getTime() },
      { kind: 'escalation-recorded', pathId: 'sav', category: 'sav', team: 'Service client', platform: 'x', at: new Date(2026, 2, 16, 9).getTime() },
    ]);
    expect((await store.aggregates()).rules[0].fixed).toBe(5);
    expect((await store.escalations()).map((record) => [record.id, record.pathId, record.team])).toEqual([
      [1, 'legal', null],
      [2, 'sav', 'Service client'],
    ]);
    store.close();

    expect(await storeNamesAndVersion(name)).toEqual({
      version: STATS_DB_VERSION,
      stores: ['escalations', 'falsePositiveReports', 'phrasingCounts', 'ruleCounts'],
    });
  });

  it('creates the current stores directly on a fresh install', async () => {
    const store = openStatsStore({ name: 'stats-migration-fresh' });
    expect(await store.exportRows()).toEqual({ rules: [], phrasings: [], escalations: [], falsePositiveReports: [] });
    store.close();
    expect(await storeNamesAndVersion('stats-migration-fresh')).toEqual({
      version: 3,
      stores: ['escalations', 'falsePositiveReports', 'phrasingCounts', 'ruleCounts'],
    });
  });
});

describe('stats database migration v2 → v3', () => {
  it('gives every v2 rule counter zero quiets and restores, keeps its other counts, and counts new quiets on top', async () => {
    const name = 'stats-migration-v2';
    const open = indexedDB.open(name, 2);
    open.onupgradeneeded = () => {
      const db = open.result;
      db.createObjectStore('ruleCounts', { keyPath: ['day', 'platform', 'ruleId'] }).createIndex('day', 'day');
      db.createObjectStore('phrasingCounts', { keyPath: ['day', 'platform', 'phrasingId'] }).createIndex('day', 'day');
      db.createObjectStore('escalations', { keyPath: 'id', autoIncrement: true }).createIndex('day', 'day');
      db.createObjectStore('falsePositiveReports', { keyPath: 'id', autoIncrement: true }).createIndex('day', 'day');
    };
    const db = await request(open);
    const transaction = db.transaction(['ruleCounts'], 'readwrite');
    transaction.objectStore('ruleCounts').put({
      day: '2026-04-02',
      platform: 'x',
      ruleId: 'en.tone.hype',
      category: 'overmarketing',
      shown: 9,
      fixed: 2,
      overridden: { false_positive: 1, context_ok: 0, approved_by_lead: 0 },
      falsePositiveReports: 1,
    });
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
    db.close();

    const store = openStatsStore({ name, now: () => new Date(2026, 3, 3, 12).getTime() });
    expect((await store.aggregates()).rules).toEqual([
      {
        day: '2026-04-02',
        platform: 'x',
        ruleId: 'en.tone.hype',
        category: 'overmarketing',
        shown: 9,
        fixed: 2,
        overridden: { false_positive: 1, context_ok: 0, approved_by_lead: 0 },
        falsePositiveReports: 1,
        quieted: 0,
        restored: 0,
      },
    ]);
    const day2 = new Date(2026, 3, 2, 15).getTime();
    await store.recordEvents([
      { kind: 'rule-quieted', ruleId: 'en.tone.hype', category: 'overmarketing', platform: 'x', at: day2 },
      { kind: 'rule-quieted', ruleId: 'en.tone.hype', category: 'overmarketing', platform: 'x', at: day2 + 1 },
      { kind: 'rule-restored', ruleId: 'en.tone.hype', category: 'overmarketing', platform: 'x', at: day2 + 2 },
    ]);
    expect((await store.aggregates()).rules[0]).toMatchObject({ shown: 9, quieted: 2, restored: 1 });
    store.close();
    expect((await storeNamesAndVersion(name)).version).toBe(3);
  });
});
