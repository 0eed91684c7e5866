// What draws the underlines of a box's findings: the Highlight API where the browser has it, positioned boxes otherwise.
import type { Finding } from '../../core/engine/types';

/** Underlines drawn, and hit-tested, at most: a paste with hundreds of findings still lists them all in the card. */
export const MAX_UNDERLINED_SPANS = 100;
/** Ranges (one per line a span crosses) or boxes drawn at most, however many lines the underlined spans cross. */
export const MAX_UNDERLINE_PIECES = 200;

export interface SpanPainter {
  /** Underlines the findings' spans (findings about the whole draft have none). */
  paint(findings: readonly Finding[]): void;
  /** Re-measures after a scroll or resize; only positioned boxes need it. */
  relayout(): void;
  clear(): void;
}

/** The spans worth underlining: inline findings only, the first MAX_UNDERLINED_SPANS of them. */
export function inlineFindings(findings: readonly Finding[]): Finding[] {
  const inline: Finding[] = [];
  for (const finding of findings) {
    if (finding.wholeDraft || finding.end <= finding.start) continue;
    inline.push(finding);
    if (inline.length === MAX_UNDERLINED_SPANS) break;
  }
  return inline;
}
