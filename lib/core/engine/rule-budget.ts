// A per-rule time budget for the page. JavaScript cannot interrupt a regex, so a rule is timed after it ran: one that took
// longer than the budget is switched off for later checks against the same charter object (the page's), and reported.
// The CLI and tests pass no budget, so their results never depend on the machine's load.
import type { CompiledCharter } from '../charter/compiled';

export interface CheckBudget {
  /** Milliseconds one rule may take on one text. */
  perRuleMs: number;
}

const switchedOff = new WeakMap<CompiledCharter, Set<string>>();

export function switchedOffRules(charter: CompiledCharter): ReadonlySet<string> {
  return switchedOff.get(charter) ?? new Set();
}

/** Runs one rule within the budget; returns its result, or undefined when the rule is (now or already) switched off. */
export function withinBudget<T>(charter: CompiledCharter, ruleId: string, budget: CheckBudget | undefined, skipped: string[], run: () => T): T | undefined {
  if (!budget) return run();
  const off = switchedOff.get(charter);
  if (off?.has(ruleId)) {
    if (!skipped.includes(ruleId)) skipped.push(ruleId);
    return undefined;
  }
  const start = performance.now();
  const result = run();
  if (performance.now() - start > budget.perRuleMs) {
    let set = switchedOff.get(charter);
    if (!set) switchedOff.set(charter, (set = new Set()));
    set.add(ruleId);
    if (!skipped.includes(ruleId)) skipped.push(ruleId);
  }
  return result;
}
