// The export files: one CSV per table, or all tables in one JSON document, each named after the day it was made.
import { localDay } from '../../shared/stats/local-day';
import type { StatsExportRows } from '../../shared/stats/stats-records';
import { toCsv, type CsvSeparator } from './csv';
import { statsTables, type StatsTableId } from './stats-tables';

export const STATS_JSON_FORMAT = 'gardefou-stats/1';

export interface ExportFile {
  name: string;
  mimeType: string;
  content: string;
}

export interface ExportContext {
  exportedAt: number;
  /** The period exported; all stored days when absent. */
  days?: number;
}

export function csvExport(data: StatsExportRows, table: StatsTableId, separator: CsvSeparator, context: ExportContext): ExportFile {
  const { columns, rows } = statsTables(data)[table];
  return {
    name: `gardefou-stats-${table.replace(/_/g, '-')}-${localDay(context.exportedAt)}.csv`,
    mimeType: 'text/csv;charset=utf-8',
    content: toCsv(columns, rows, separator),
  };
}

export function jsonExport(data: StatsExportRows, context: ExportContext): ExportFile {
  const tables = statsTables(data);
  const asObjects = (id: StatsTableId) =>
    tables[id].rows.map((row) => Object.fromEntries(tables[id].columns.map((column, index) => [column, row[index]])));
  const document = {
    format: STATS_JSON_FORMAT,
    exportedAt: new Date(context.exportedAt).toISOString(),
    periodDays: context.days ?? null,
    rules: asObjects('rules'),
    phrasings: asObjects('phrasings'),
    escalations: asObjects('escalations'),
    falsePositiveReports: asObjects('false_positive_reports'),
  };
  return {
    name: `gardefou-stats-${localDay(context.exportedAt)}.json`,
    mimeType: 'application/json',
    content: `${JSON.stringify(document, null, 2)}\n`,
  };
}
