// Which underlined span is under the pointer: the spans get no pointer events of their own, so the overlay hit-tests their rects.
import type { EditorAdapter } from '../editors/types';
import type { Finding } from '../../core/engine/types';
import { inlineFindings } from './span-painter';

export interface HoveredSpan {
  finding: Finding;
  rect: DOMRect;
}

export function containsPoint(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}

export function spanAt(adapter: EditorAdapter, findings: readonly Finding[], x: number, y: number): HoveredSpan | null {
  // Cheap rejection first: most pointer moves are nowhere near this box.
  if (!containsPoint(adapter.root.getBoundingClientRect(), x, y)) return null;
  for (const finding of inlineFindings(findings)) {
    for (const rect of adapter.rectsFor(finding.start, finding.end)) {
      if (containsPoint(rect, x, y)) return { finding, rect };
    }
  }
  return null;
}
