// Per rule over a period: how often it fired, how often the CM fixed the draft or overrode it (and why), and what that suggests.
import type { Category } from '../../core/engine/vocabulary';
import type { DismissReason } from '../../shared/messaging/dismiss-reason';
import type { RuleCountRow } from '../../shared/stats/stats-records';

/** What the numbers suggest to a manager about a rule. */
export type RuleSignal = 'often_overridden' | 'often_quieted' | 'often_ignored';

export interface RuleSummary {
  ruleId: string;
  category: Category;
  shown: number;
  fixed: number;
  overridden: number;
  overriddenBy: Record<DismissReason, number>;
  falsePositiveReports: number;
  /** Times CMs quieted the rule for themselves, and restored it. */
  quieted: number;
  restored: number;
  /** fixed / shown; null when the rule was never shown. */
  fixRate: number | null;
  overrideRate: number | null;
  signal: RuleSignal | null;
}

/** Below this many findings a rate says little: no signal. */
export const MIN_SHOWN_FOR_SIGNAL = 5;
const OFTEN_OVERRIDDEN = 0.5;
/** Quieted this many times in the period (net of restores): enough people find it noisy to look at it. */
export const OFTEN_QUIETED = 3;
/** Neither fixed nor overridden this often: the CM sent the reply with the finding in it. */
const OFTEN_IGNORED = 0.7;

const rate = (part: number, whole: number) => (whole > 0 ? Math.min(1, part / whole) : null);

function signalOf(summary: Omit<RuleSummary, 'signal'>): RuleSignal | null {
  if (summary.quieted - summary.restored >= OFTEN_QUIETED) return 'often_quieted';
  if (summary.shown < MIN_SHOWN_FOR_SIGNAL) return null;
  if ((summary.overrideRate ?? 0) >= OFTEN_OVERRIDDEN) return 'often_overridden';
  if (1 - (summary.fixRate ?? 0) - (summary.overrideRate ?? 0) >= OFTEN_IGNORED) return 'often_ignored';
  return null;
}

export function summarizeRules(rows: readonly RuleCountRow[]): RuleSummary[] {
  const byRule = new Map<string, Omit<RuleSummary, 'fixRate' | 'overrideRate' | 'signal'>>();
  for (const row of rows) {
    const summary = byRule.get(row.ruleId) ?? {
      ruleId: row.ruleId,
      category: row.category,
      shown: 0,
      fixed: 0,
      overridden: 0,
      overriddenBy: { false_positive: 0, context_ok: 0, approved_by_lead: 0 },
      falsePositiveReports: 0,
      quieted: 0,
      restored: 0,
    };
    // Rows come oldest first: the latest category wins when a charter moved the rule.
    summary.category = row.category;
    summary.shown += row.shown;
    summary.fixed += row.fixed;
    for (const reason of Object.keys(summary.overriddenBy) as DismissReason[]) {
      const count = row.overridden[reason] ?? 0;
      summary.overriddenBy[reason] += count;
      summary.overridden += count;
    }
    summary.falsePositiveReports += row.falsePositiveReports;
    summary.quieted += row.quieted ?? 0;
    summary.restored += row.restored ?? 0;
    byRule.set(row.ruleId, summary);
  }
  return [...byRule.values()].map((summary) => {
    const withRates = { ...summary, fixRate: rate(summary.fixed, summary.shown), overrideRate: rate(summary.overridden, summary.shown) };
    return { ...withRates, signal: signalOf(withRates) };
  });
}
