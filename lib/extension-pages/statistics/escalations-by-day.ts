// Escalations per path and per day over a window, zero-filled so a chart shows quiet days too.
import type { IncomingCategory } from '../../core/engine/vocabulary';
import { daysOfWindow } from '../../shared/stats/local-day';
import type { EscalationRecord, LocalDay } from '../../shared/stats/stats-records';

export interface PathEscalations {
  pathId: string;
  category: IncomingCategory | null;
  total: number;
  /** One entry per day of the window, oldest first. */
  perDay: { day: LocalDay; count: number }[];
}

/** Paths with the most escalations first. */
export function escalationsByDay(records: readonly EscalationRecord[], now: number, days: number): PathEscalations[] {
  const window = daysOfWindow(now, days);
  const position = new Map(window.map((day, index) => [day, index]));
  const byPath = new Map<string, PathEscalations>();
  for (const record of records) {
    const index = position.get(record.day);
    if (index === undefined) continue;
    const path = byPath.get(record.pathId) ?? {
      pathId: record.pathId,
      category: record.category,
      total: 0,
      perDay: window.map((day) => ({ day, count: 0 })),
    };
    path.category ??= record.category;
    path.perDay[index].count += 1;
    path.total += 1;
    byPath.set(record.pathId, path);
  }
  return [...byPath.values()].sort((a, b) => b.total - a.total || a.pathId.localeCompare(b.pathId));
}

/** The busiest day over all paths: the shared scale of their charts. */
export function highestDailyCount(paths: readonly PathEscalations[]): number {
  return Math.max(0, ...paths.flatMap((path) => path.perDay.map((entry) => entry.count)));
}
