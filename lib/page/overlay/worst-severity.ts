// The most severe of a set of findings: the badge's colour.
import type { Finding } from '../../core/engine/types';
import { SEVERITY_RANK, type Severity } from '../../core/engine/vocabulary';

export function worstSeverity(findings: readonly Finding[]): Severity | null {
  let worst: Severity | null = null;
  for (const finding of findings) if (!worst || SEVERITY_RANK[finding.severity] > SEVERITY_RANK[worst]) worst = finding.severity;
  return worst;
}
