// Keeps the statistics bounded: past the cap, whole days go, oldest first, so every remaining day stays complete.
import type { IDBPTransaction } from 'idb';
import { STATS_STORES, type StatsDatabase, type StatsStoreName } from './stats-schema';
import type { LocalDay } from '../stats/stats-records';

export interface SizeCap {
  /** Days with any record. */
  maxDays: number;
  /** Records over all object stores. */
  maxRecords: number;
}

/** About a year of days; the record cap stays far above what a team produces in that time, as a guard against a runaway caller. */
export const DEFAULT_SIZE_CAP: SizeCap = { maxDays: 400, maxRecords: 200_000 };

export type StatsWriteTransaction = IDBPTransaction<StatsDatabase, StatsStoreName[], 'readwrite'>;

async function storedDays(transaction: StatsWriteTransaction): Promise<LocalDay[]> {
  const days = new Set<LocalDay>();
  for (const name of STATS_STORES) {
    const index = transaction.objectStore(name).index('day');
    for (let cursor = await index.openKeyCursor(null, 'nextunique'); cursor; cursor = await cursor.continue()) days.add(cursor.key);
  }
  return [...days].sort();
}

async function recordsOn(transaction: StatsWriteTransaction, day: LocalDay): Promise<number> {
  let total = 0;
  for (const name of STATS_STORES) total += await transaction.objectStore(name).index('day').count(day);
  return total;
}

async function totalRecords(transaction: StatsWriteTransaction): Promise<number> {
  let total = 0;
  for (const name of STATS_STORES) total += await transaction.objectStore(name).count();
  return total;
}

async function deleteDaysBefore(transaction: StatsWriteTransaction, firstKeptDay: LocalDay): Promise<void> {
  const older = IDBKeyRange.upperBound(firstKeptDay, true);
  for (const name of STATS_STORES) {
    const index = transaction.objectStore(name).index('day');
    for (let cursor = await index.openCursor(older); cursor; cursor = await cursor.continue()) await cursor.delete();
  }
}

/** Returns the days dropped. The newest day always stays, so today's counts are never lost to the cap. */
export async function enforceSizeCap(transaction: StatsWriteTransaction, cap: SizeCap): Promise<LocalDay[]> {
  const days = await storedDays(transaction);
  let dropCount = Math.max(0, days.length - cap.maxDays);
  let remaining = await totalRecords(transaction);
  if (dropCount > 0) {
    for (const day of days.slice(0, dropCount)) remaining -= await recordsOn(transaction, day);
  }
  while (remaining > cap.maxRecords && dropCount < days.length - 1) {
    remaining -= await recordsOn(transaction, days[dropCount]);
    dropCount += 1;
  }
  if (dropCount === 0) return [];
  await deleteDaysBefore(transaction, days[dropCount]);
  return days.slice(0, dropCount);
}
