// What draws the underlines of a box's findings: the Highlight API where the browser has it, positioned boxes otherwise.
import type { Finding } from '../engine/types';

export interface SpanPainter {
  /** Underlines the findings' spans (findings about the whole draft have none). */
  paint(findings: readonly Finding[]): void;
  /** Re-measures after a scroll or resize; only positioned boxes need it. */
  relayout(): void;
  clear(): void;
}

/** The spans worth underlining: inline findings only. */
export function inlineFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => !finding.wholeDraft && finding.end > finding.start);
}
