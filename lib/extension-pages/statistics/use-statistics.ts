// The statistics view's data for a period, read from the local store; reloads when the period changes, on demand, and after clearing.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { EscalationRecord, FalsePositiveReportRecord } from '../../shared/stats/stats-records';
import { openStatsStore, type StatsReader } from '../../shared/stats-db/stats-store';
import { escalationsByDay, type PathEscalations } from './escalations-by-day';
import { summarizePhrasings, type PhrasingSummary } from './phrasing-summary';
import { summarizeRules, type RuleSummary } from './rule-summary';

export const STATS_PERIODS = [7, 30, 90] as const;
export type StatsPeriodDays = (typeof STATS_PERIODS)[number];

export interface StatisticsData {
  rules: RuleSummary[];
  phrasings: PhrasingSummary[];
  escalations: PathEscalations[];
  escalationRecords: EscalationRecord[];
  falsePositiveReports: FalsePositiveReportRecord[];
}

export type StatisticsState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; data: StatisticsData };

export interface Statistics {
  state: StatisticsState;
  days: StatsPeriodDays;
  setDays(days: StatsPeriodDays): void;
  reload(): void;
  /** Resolves false when the store could not be cleared. */
  clearAll(): Promise<boolean>;
  reader: StatsReader;
  now: () => number;
}

let pageStore: StatsReader | null = null;
/** Extension pages share the background's origin, so they read the same database directly. */
export function pageStatsReader(): StatsReader {
  pageStore ??= openStatsStore();
  return pageStore;
}

export async function loadStatistics(reader: StatsReader, days: number, now: number): Promise<StatisticsData> {
  const [aggregates, escalationRecords, falsePositiveReports] = await Promise.all([
    reader.aggregates({ days }),
    reader.escalations({ days }),
    reader.falsePositiveReports({ days }),
  ]);
  return {
    rules: summarizeRules(aggregates.rules),
    phrasings: summarizePhrasings(aggregates.phrasings),
    escalations: escalationsByDay(escalationRecords, now, days),
    escalationRecords,
    falsePositiveReports: [...falsePositiveReports].sort((a, b) => b.at - a.at),
  };
}

export function useStatistics(reader: StatsReader = pageStatsReader(), now: () => number = Date.now): Statistics {
  const [days, setDays] = useState<StatsPeriodDays>(30);
  const [state, setState] = useState<StatisticsState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => {
    let current = true;
    loadStatistics(reader, days, now()).then(
      (data) => current && setState({ status: 'ready', data }),
      () => current && setState({ status: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [reader, days, generation]);

  const clearAll = async () => {
    try {
      await reader.clearAll();
      return true;
    } catch {
      return false;
    } finally {
      reload();
    }
  };

  return { state, days, setDays, reload, clearAll, reader, now };
}
