// Builds the statistics database up to the current version, one step per version, so a fresh install and an update end alike.
// v1 (Gardefou 0.1) counted fixes in a separate `fixes` store, kept overrides as a total plus a reason map, and logged
// escalations with an ISO time only (no day, category or team). v2 folds fixes into the rule counters, keys escalations
// by day, and adds phrasing counters and false-positive reports. v3 adds per-rule counts of quiets and restores.
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { DismissReason } from '../messaging/dismiss-reason';
import type { AnyPlatform, Category } from '../../core/engine/vocabulary';
import { localDay } from '../stats/local-day';
import type { EscalationRecord, LocalDay, RuleCountRow } from '../stats/stats-records';

/** Untyped: the stores of older versions are not in the current schema. */
type UpgradeDatabase = IDBPDatabase<unknown>;
type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;

/** A v1 rule counter. */
export interface RuleCountRowV1 {
  day: LocalDay;
  platform: AnyPlatform;
  ruleId: string;
  category: Category;
  shown: number;
  overridden: number;
  overrideReasons: Partial<Record<DismissReason, number>>;
}

/** A v1 `fixes` record, keyed like the rule counters. */
export interface FixCountV1 {
  day: LocalDay;
  platform: AnyPlatform;
  ruleId: string;
  fixed: number;
}

/** A v1 escalation, out-of-line auto-increment key. */
export interface EscalationV1 {
  pathId: string;
  platform: AnyPlatform;
  /** ISO time. */
  at: string;
}

const COUNTER_KEY = ['day', 'platform', 'ruleId'];

function createVersion1(db: UpgradeDatabase): void {
  db.createObjectStore('ruleCounts', { keyPath: COUNTER_KEY }).createIndex('day', 'day');
  db.createObjectStore('fixes', { keyPath: COUNTER_KEY });
  db.createObjectStore('escalations', { autoIncrement: true });
}

const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0);

function ruleRowFromV1(row: RuleCountRowV1, fixed: number): RuleCountRow {
  const reasons = row.overrideReasons ?? {};
  return {
    day: row.day,
    platform: row.platform,
    ruleId: row.ruleId,
    category: row.category,
    shown: count(row.shown),
    fixed: count(fixed),
    overridden: {
      false_positive: count(reasons.false_positive),
      context_ok: count(reasons.context_ok),
      approved_by_lead: count(reasons.approved_by_lead),
    },
    falsePositiveReports: 0,
    quieted: 0,
    restored: 0,
  };
}

/** Null for a v1 escalation whose time does not parse: without a day it cannot be filed. */
function escalationFromV1(record: EscalationV1): EscalationRecord | null {
  const at = Date.parse(record.at);
  if (Number.isNaN(at)) return null;
  return { day: localDay(at), at, platform: record.platform, pathId: record.pathId, category: null, team: null };
}

async function migrateVersion1To2(db: UpgradeDatabase, transaction: UpgradeTransaction): Promise<void> {
  const fixes = (await transaction.objectStore('fixes').getAll()) as FixCountV1[];
  const fixedByKey = new Map(fixes.map((fix) => [JSON.stringify([fix.day, fix.platform, fix.ruleId]), fix.fixed]));
  const ruleCounts = transaction.objectStore('ruleCounts');
  const oldRows = (await ruleCounts.getAll()) as RuleCountRowV1[];
  // A fix without its rule counter has no category and nothing to be a rate of: it is not carried over.
  for (const row of oldRows) {
    await ruleCounts.put(ruleRowFromV1(row, fixedByKey.get(JSON.stringify([row.day, row.platform, row.ruleId])) ?? 0));
  }
  db.deleteObjectStore('fixes');

  const oldEscalations = (await transaction.objectStore('escalations').getAll()) as EscalationV1[];
  db.deleteObjectStore('escalations');
  const escalations = db.createObjectStore('escalations', { keyPath: 'id', autoIncrement: true });
  escalations.createIndex('day', 'day');
  for (const old of oldEscalations) {
    const record = escalationFromV1(old);
    if (record) await escalations.add(record);
  }

  db.createObjectStore('phrasingCounts', { keyPath: ['day', 'platform', 'phrasingId'] }).createIndex('day', 'day');
  db.createObjectStore('falsePositiveReports', { keyPath: 'id', autoIncrement: true }).createIndex('day', 'day');
}

/** v3: every rule counter gets its quiet and restore counts, zero for the days before quieting existed. */
async function migrateVersion2To3(transaction: UpgradeTransaction): Promise<void> {
  const ruleCounts = transaction.objectStore('ruleCounts');
  let cursor = await ruleCounts.openCursor();
  while (cursor) {
    const row = cursor.value as Partial<RuleCountRow>;
    if (row.quieted === undefined || row.restored === undefined) await cursor.update({ ...row, quieted: count(row.quieted), restored: count(row.restored) });
    cursor = await cursor.continue();
  }
}

/** idb's `upgrade` callback: runs every step from the stored version to the current one. */
export async function upgradeStatsDatabase(db: UpgradeDatabase, oldVersion: number, transaction: UpgradeTransaction): Promise<void> {
  if (oldVersion < 1) createVersion1(db);
  if (oldVersion < 2) await migrateVersion1To2(db, transaction);
  if (oldVersion < 3) await migrateVersion2To3(transaction);
}
