// The charter's rules for reading: one group per category in the fixed vocabulary's order, the severest rules first.
import type { CompiledRule } from '../../core/charter/compiled';
import { CATEGORIES, SEVERITY_RANK, type Category } from '../../core/engine/vocabulary';

export interface RuleGroup {
  category: Category;
  rules: CompiledRule[];
}

/** Incoming categories first, then draft ones (the vocabulary's order); within a group by severity (error first), then id. */
export function groupRulesByCategory(rules: readonly CompiledRule[]): RuleGroup[] {
  return CATEGORIES.map((category) => ({
    category,
    rules: rules
      .filter((rule) => rule.category === category)
      .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.id.localeCompare(b.id)),
  })).filter((group) => group.rules.length > 0);
}

/** Rules from the charter itself versus the built-in FR/EN packs it extends. */
export function isCharterRule(rule: Pick<CompiledRule, 'origin'>): boolean {
  return rule.origin === 'charter';
}
