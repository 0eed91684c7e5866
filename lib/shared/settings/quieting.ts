// Which rules a CM quieted for themselves apply now: pure, so the page can use it without WXT's storage layer.
// Rule ids and times only. A quiet applies while the charter in force still marks the rule quietable, never in junior mode
// (the guarded mode shows everything) nor in crisis mode (every rule counts during a crisis).
import type { CompiledCharter } from '../../core/charter/compiled';
import type { Mode } from '../../core/engine/vocabulary';

export interface QuietedRule {
  /** The charter's `id`: a quiet made under one charter does not carry over to another brand's. */
  charterId: string;
  ruleId: string;
  /** When it was quieted (ms since the epoch). */
  at: number;
}

/** The modes in which quieted rules apply again. */
const QUIETING_SUSPENDED_IN: ReadonlySet<Mode> = new Set<Mode>(['junior', 'crisis']);

export function quietingApplies(mode: Mode): boolean {
  return !QUIETING_SUSPENDED_IN.has(mode);
}

/** The quieted rules of the charter in force that it still lets CMs quiet. */
export function quietedRulesInForce(quieted: readonly QuietedRule[], charter: CompiledCharter | null): QuietedRule[] {
  if (!charter) return [];
  const quietable = new Set(charter.rules.filter((rule) => rule.quietable).map((rule) => rule.id));
  return quieted.filter((entry) => entry.charterId === charter.charter.id && quietable.has(entry.ruleId));
}

/** The rule ids whose findings the page hides in `mode`: none in junior or crisis mode. */
export function hiddenRuleIds(quieted: readonly QuietedRule[], charter: CompiledCharter | null, mode: Mode): ReadonlySet<string> {
  if (!quietingApplies(mode)) return new Set();
  return new Set(quietedRulesInForce(quieted, charter).map((entry) => entry.ruleId));
}

/** Adds a quiet (once per charter and rule). */
export function withQuiet(quieted: readonly QuietedRule[], charterId: string, ruleId: string, at: number): QuietedRule[] {
  if (quieted.some((entry) => entry.charterId === charterId && entry.ruleId === ruleId)) return [...quieted];
  return [...quieted, { charterId, ruleId, at }];
}

export function withoutQuiet(quieted: readonly QuietedRule[], charterId: string, ruleId: string): QuietedRule[] {
  return quieted.filter((entry) => !(entry.charterId === charterId && entry.ruleId === ruleId));
}
