// The statistics database's name, version and v3 object stores (idb's typed schema).
import type { DBSchema } from 'idb';
import type { EscalationRecord, FalsePositiveReportRecord, LocalDay, PhrasingCountRow, RuleCountRow } from '../stats/stats-records';

export const STATS_DB_NAME = 'gardefou-stats';
export const STATS_DB_VERSION = 3;

export const STATS_STORES = ['ruleCounts', 'phrasingCounts', 'escalations', 'falsePositiveReports'] as const;
export type StatsStoreName = (typeof STATS_STORES)[number];

export interface StatsDatabase extends DBSchema {
  ruleCounts: { key: [LocalDay, string, string]; value: RuleCountRow; indexes: { day: LocalDay } };
  phrasingCounts: { key: [LocalDay, string, string]; value: PhrasingCountRow; indexes: { day: LocalDay } };
  escalations: { key: number; value: EscalationRecord; indexes: { day: LocalDay } };
  falsePositiveReports: { key: number; value: FalsePositiveReportRecord; indexes: { day: LocalDay } };
}
