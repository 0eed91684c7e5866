// Approved phrasings inserted over a period, per phrasing, most used first.
import type { PhrasingCountRow } from '../../shared/stats/stats-records';

export interface PhrasingSummary {
  phrasingId: string;
  pathId: string | null;
  inserted: number;
}

export function summarizePhrasings(rows: readonly PhrasingCountRow[]): PhrasingSummary[] {
  const byPhrasing = new Map<string, PhrasingSummary>();
  for (const row of rows) {
    const summary = byPhrasing.get(row.phrasingId) ?? { phrasingId: row.phrasingId, pathId: row.pathId, inserted: 0 };
    summary.inserted += row.inserted;
    byPhrasing.set(row.phrasingId, summary);
  }
  return [...byPhrasing.values()].sort((a, b) => b.inserted - a.inserted || a.phrasingId.localeCompare(b.phrasingId));
}
