// The draft's findings grouped for display: errors first, then warnings, then information, each in the order they occur.
import type { Finding } from '../../core/engine/types';
import type { Severity } from '../../core/engine/vocabulary';

export const SEVERITY_DISPLAY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export interface FindingGroup {
  severity: Severity;
  findings: Finding[];
}

/** Non-empty groups only; within a group, by position in the draft (whole-draft findings last), then rule id. */
export function groupFindingsBySeverity(findings: readonly Finding[]): FindingGroup[] {
  return SEVERITY_DISPLAY_ORDER.map((severity) => ({
    severity,
    findings: findings
      .filter((finding) => finding.severity === severity)
      .sort(
        (a, b) =>
          Number(a.wholeDraft ?? false) - Number(b.wholeDraft ?? false) || a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId),
      ),
  })).filter((group) => group.findings.length > 0);
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** A stable key for a finding within one draft (the same rule can fire at several places). */
export function findingKey(finding: Pick<Finding, 'ruleId' | 'start' | 'end'>): string {
  return `${finding.ruleId}@${finding.start}-${finding.end}`;
}
