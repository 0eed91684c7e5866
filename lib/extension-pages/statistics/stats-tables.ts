// The exported tables, one row per day × platform × id (or per escalation / report), shared by the CSV and JSON exports.
import { DISMISS_REASONS } from '../../shared/messaging/dismiss-reason';
import type { StatsExportRows } from '../../shared/stats/stats-records';

export const STATS_TABLE_IDS = ['rules', 'phrasings', 'escalations', 'false_positive_reports'] as const;
export type StatsTableId = (typeof STATS_TABLE_IDS)[number];

export type StatsCell = string | number | null;

export interface StatsTable {
  id: StatsTableId;
  columns: string[];
  rows: StatsCell[][];
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Local wall-clock time, as the day column is local too. */
export function localTimeOfDay(at: number): string {
  const date = new Date(at);
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

const byDayThen = <T extends { day: string; platform: string }>(rows: readonly T[], id: (row: T) => string) =>
  [...rows].sort((a, b) => a.day.localeCompare(b.day) || a.platform.localeCompare(b.platform) || id(a).localeCompare(id(b)));
const byTime = <T extends { at: number }>(rows: readonly T[]) => [...rows].sort((a, b) => a.at - b.at);

export function statsTables(data: StatsExportRows): Record<StatsTableId, StatsTable> {
  return {
    rules: {
      id: 'rules',
      columns: [
        'day',
        'platform',
        'rule_id',
        'category',
        'shown',
        'fixed',
        'overridden',
        ...DISMISS_REASONS.map((reason) => `overridden_${reason}`),
        'false_positive_reports',
        'quieted',
        'restored',
      ],
      rows: byDayThen(data.rules, (row) => row.ruleId).map((row) => [
        row.day,
        row.platform,
        row.ruleId,
        row.category,
        row.shown,
        row.fixed,
        DISMISS_REASONS.reduce((total, reason) => total + row.overridden[reason], 0),
        ...DISMISS_REASONS.map((reason) => row.overridden[reason]),
        row.falsePositiveReports,
        row.quieted ?? 0,
        row.restored ?? 0,
      ]),
    },
    phrasings: {
      id: 'phrasings',
      columns: ['day', 'platform', 'phrasing_id', 'path_id', 'inserted'],
      rows: byDayThen(data.phrasings, (row) => row.phrasingId).map((row) => [row.day, row.platform, row.phrasingId, row.pathId, row.inserted]),
    },
    escalations: {
      id: 'escalations',
      columns: ['day', 'time', 'platform', 'path_id', 'category', 'team'],
      rows: byTime(data.escalations).map((row) => [row.day, localTimeOfDay(row.at), row.platform, row.pathId, row.category, row.team]),
    },
    false_positive_reports: {
      id: 'false_positive_reports',
      columns: ['day', 'time', 'platform', 'rule_id', 'category', 'reason', 'attached_text'],
      rows: byTime(data.falsePositiveReports).map((row) => [
        row.day,
        localTimeOfDay(row.at),
        row.platform,
        row.ruleId,
        row.category,
        row.reason,
        row.attachedText,
      ]),
    },
  };
}
