// The rule table's sort: by any column, either way; ties fall back to the most shown, then the rule id, so the order is stable.
import type { RuleSummary } from './rule-summary';

export const RULE_SORT_KEYS = ['ruleId', 'category', 'shown', 'fixRate', 'overrideRate', 'falsePositiveReports', 'quieted'] as const;
export type RuleSortKey = (typeof RULE_SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface RuleSort {
  key: RuleSortKey;
  direction: SortDirection;
}

export const DEFAULT_RULE_SORT: RuleSort = { key: 'shown', direction: 'descending' };

function compareBy(key: RuleSortKey, a: RuleSummary, b: RuleSummary): number {
  switch (key) {
    case 'ruleId':
    case 'category':
      return a[key].localeCompare(b[key]);
    case 'fixRate':
    case 'overrideRate':
      // A rule never shown has no rate: it sorts below every real rate.
      return (a[key] ?? -1) - (b[key] ?? -1);
    default:
      return a[key] - b[key];
  }
}

export function sortRuleSummaries(summaries: readonly RuleSummary[], sort: RuleSort): RuleSummary[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...summaries].sort((a, b) => sign * compareBy(sort.key, a, b) || b.shown - a.shown || a.ruleId.localeCompare(b.ruleId));
}

/** Clicking the sorted column flips it; another column starts with what is most telling (largest numbers, A to Z). */
export function nextRuleSort(current: RuleSort, key: RuleSortKey): RuleSort {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: key === 'ruleId' || key === 'category' ? 'ascending' : 'descending' };
}
