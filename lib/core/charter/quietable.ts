// Which rules a charter may let a CM quiet for themselves (`quietable: true`): never the ones a CM must always see.
import type { Category, Mode, Severity } from '../engine/vocabulary';

export interface QuietableCandidate {
  category: Category;
  severity: Severity;
  severityIn?: Partial<Record<Mode, Severity>>;
  modes?: readonly Mode[];
}

/** Categories whose rules are never quietable: personal data in public, and crisis. */
const NEVER_QUIETABLE: ReadonlySet<Category> = new Set<Category>(['private_data', 'crisis']);

/** Why the rule cannot be quietable, in words for `gardefou lint`; null when it may be. */
export function quietableRefusal(rule: QuietableCandidate): string | null {
  if (NEVER_QUIETABLE.has(rule.category)) {
    return `a '${rule.category}' rule cannot be quietable: ${rule.category === 'crisis' ? 'crisis signals' : 'personal data in public'} must always be shown`;
  }
  if (rule.modes?.length && rule.modes.every((mode) => mode === 'crisis')) {
    return 'a rule that only applies in crisis mode cannot be quietable: crisis rules must always be shown';
  }
  const errorLevel = rule.severity === 'error' || Object.values(rule.severityIn ?? {}).includes('error');
  if (rule.category === 'out_of_perimeter' && errorLevel) {
    return "an error-level 'out_of_perimeter' rule cannot be quietable: promises only other teams may make must always be shown";
  }
  return null;
}
