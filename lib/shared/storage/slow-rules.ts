// Rules the pages switched off for running past their time budget, for the manager's charter status (issue 16). Rule ids,
// counts and times only, never text; kept for the charter version they were reported against and cleared when another
// version comes into force (lib/background/charter-sources/slow-rule-reports.ts is the only writer).
import { storage } from '#imports';

export interface SlowRuleEntry {
  ruleId: string;
  /** How many times a page switched it off (once per rule, charter and page load). */
  count: number;
  /** ISO time of the last report. */
  lastAt: string;
}

export interface SlowRulesReport {
  /** The charter the reports were made against (`charter.id` and `charter.version`). */
  charterId: string;
  version: string;
  /** Most recent first, at most MAX_SLOW_RULES. */
  rules: SlowRuleEntry[];
}

/** A charter with more slow rules than this needs rewriting anyway; the list stays small in storage. */
export const MAX_SLOW_RULES = 20;

/** Version 1: the first shape; a later shape adds a migration here (WXT runs them in order). */
export const slowRulesItem = storage.defineItem<SlowRulesReport | null>('local:slowRules', { fallback: null, version: 1 });

/** Whether the report is about the charter in force (another charter or version makes it moot). */
export function reportApplies(report: SlowRulesReport | null, charter: { id: string; version: string } | null | undefined): report is SlowRulesReport {
  return report !== null && !!charter && report.charterId === charter.id && report.version === charter.version;
}
