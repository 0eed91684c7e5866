// The local statistics store (IndexedDB through idb): counts keyed by day, platform and id, escalations and reports, never page text.
import { openDB, type IDBPDatabase } from 'idb';
import { addRuleCounts, foldEvents } from './fold-events';
import { firstDayOfWindow } from '../stats/local-day';
import { upgradeStatsDatabase } from './stats-migrations';
import { STATS_DB_NAME, STATS_DB_VERSION, STATS_STORES, type StatsDatabase } from './stats-schema';
import { DEFAULT_SIZE_CAP, enforceSizeCap, type SizeCap } from './size-cap';
import type {
  AdmittedEvent,
  EscalationRecord,
  FalsePositiveReportRecord,
  StatsAggregates,
  StatsExportRows,
  StatsPeriod,
} from '../stats/stats-records';

/** What the statistics view reads and clears. */
export interface StatsReader {
  aggregates(period?: StatsPeriod): Promise<StatsAggregates>;
  escalations(period?: StatsPeriod): Promise<EscalationRecord[]>;
  falsePositiveReports(period?: StatsPeriod): Promise<FalsePositiveReportRecord[]>;
  exportRows(period?: StatsPeriod): Promise<StatsExportRows>;
  clearAll(): Promise<void>;
}

export interface StatsStore extends StatsReader {
  recordEvents(events: readonly AdmittedEvent[]): Promise<void>;
  /** Closes the connection (tests, and a newer version of the extension asking to upgrade). The next call reopens it. */
  close(): void;
}

export interface StatsStoreOptions {
  name?: string;
  cap?: Partial<SizeCap>;
  /** The clock that decides which days a period covers. */
  now?: () => number;
}

export function openStatsStore(options: StatsStoreOptions = {}): StatsStore {
  const name = options.name ?? STATS_DB_NAME;
  const cap: SizeCap = { ...DEFAULT_SIZE_CAP, ...options.cap };
  const now = options.now ?? Date.now;
  let connection: Promise<IDBPDatabase<StatsDatabase>> | null = null;

  const database = () => {
    connection ??= openDB<StatsDatabase>(name, STATS_DB_VERSION, {
      upgrade: (db, oldVersion, _newVersion, transaction) =>
        // idb's types only know the current stores; the upgrade also reaches v1's.
        upgradeStatsDatabase(db as unknown as IDBPDatabase<unknown>, oldVersion, transaction as never),
      // Another page opened a newer version: step aside, the next call reopens.
      blocking: () => close(),
      terminated: () => {
        connection = null;
      },
    });
    const opening = connection;
    // A failed open must not stick: the next call tries again.
    opening.catch(() => {
      if (connection === opening) connection = null;
    });
    return opening;
  };

  const close = () => {
    const closing = connection;
    connection = null;
    void closing?.then((db) => db.close(), () => undefined);
  };

  const rangeOf = (period: StatsPeriod | undefined) =>
    period?.days === undefined ? undefined : IDBKeyRange.lowerBound(firstDayOfWindow(now(), period.days));

  const aggregates = async (period?: StatsPeriod): Promise<StatsAggregates> => {
    const db = await database();
    const range = rangeOf(period);
    const [rules, phrasings] = await Promise.all([
      db.getAllFromIndex('ruleCounts', 'day', range),
      db.getAllFromIndex('phrasingCounts', 'day', range),
    ]);
    return { rules, phrasings };
  };

  const escalations = async (period?: StatsPeriod) => (await database()).getAllFromIndex('escalations', 'day', rangeOf(period));
  const falsePositiveReports = async (period?: StatsPeriod) =>
    (await database()).getAllFromIndex('falsePositiveReports', 'day', rangeOf(period));

  return {
    async recordEvents(events) {
      if (events.length === 0) return;
      const folded = foldEvents(events);
      const db = await database();
      const transaction = db.transaction([...STATS_STORES], 'readwrite');
      const ruleCounts = transaction.objectStore('ruleCounts');
      for (const increment of folded.rules.values()) {
        const stored = await ruleCounts.get([increment.day, increment.platform, increment.ruleId]);
        await ruleCounts.put(stored ? addRuleCounts(stored, increment) : increment);
      }
      const phrasingCounts = transaction.objectStore('phrasingCounts');
      for (const increment of folded.phrasings.values()) {
        const stored = await phrasingCounts.get([increment.day, increment.platform, increment.phrasingId]);
        await phrasingCounts.put(stored ? { ...increment, inserted: stored.inserted + increment.inserted } : increment);
      }
      for (const record of folded.escalations) await transaction.objectStore('escalations').add(record);
      for (const record of folded.falsePositiveReports) await transaction.objectStore('falsePositiveReports').add(record);
      await enforceSizeCap(transaction, cap);
      await transaction.done;
    },
    aggregates,
    escalations,
    falsePositiveReports,
    async exportRows(period) {
      const [counts, escalationRecords, reports] = await Promise.all([aggregates(period), escalations(period), falsePositiveReports(period)]);
      return { ...counts, escalations: escalationRecords, falsePositiveReports: reports };
    },
    async clearAll() {
      const db = await database();
      const transaction = db.transaction([...STATS_STORES], 'readwrite');
      await Promise.all([...STATS_STORES.map((store) => transaction.objectStore(store).clear()), transaction.done]);
    },
    close,
  };
}
