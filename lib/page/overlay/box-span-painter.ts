// Underlines as absolutely positioned boxes in Gardefou's own shadow root: for textareas and browsers without the Highlight API.
import type { Finding } from '../../core/engine/types';
import type { EditorAdapter } from '../editors/types';
import { SEVERITY_COLORS } from './severity-colors';
import { inlineFindings, MAX_UNDERLINE_PIECES, type SpanPainter } from './span-painter';

const UNDERLINE_PX = 2;

/** `layer` is a fixed, zero-size element in the overlay's shadow root; it is asked for only when there is something to draw. */
export function createBoxSpanPainter(adapter: EditorAdapter, layer: () => HTMLElement): SpanPainter {
  let painted: Finding[] = [];
  let marks: HTMLElement[] = [];

  const draw = () => {
    const clip = adapter.root.getBoundingClientRect();
    const boxes: { rect: DOMRect; color: string }[] = [];
    for (const finding of painted) {
      if (boxes.length >= MAX_UNDERLINE_PIECES) break;
      for (const rect of adapter.rectsFor(finding.start, finding.end)) {
        if (boxes.length >= MAX_UNDERLINE_PIECES) break;
        // Text scrolled out of the editor stays hidden, as the editor hides it.
        if (rect.bottom <= clip.top || rect.top >= clip.bottom || rect.right <= clip.left || rect.left >= clip.right) continue;
        boxes.push({ rect, color: SEVERITY_COLORS[finding.severity] });
      }
    }
    if (boxes.length === 0 && marks.length === 0) return;
    const parent = layer();
    while (marks.length < boxes.length) {
      const mark = parent.ownerDocument.createElement('div');
      mark.className = 'span-mark';
      parent.append(mark);
      marks.push(mark);
    }
    for (const mark of marks.splice(boxes.length)) mark.remove();
    boxes.forEach(({ rect, color }, index) => {
      const style = marks[index].style;
      style.left = `${rect.left}px`;
      style.top = `${rect.top}px`;
      style.width = `${rect.width}px`;
      style.height = `${rect.height + UNDERLINE_PX}px`;
      style.setProperty('--mark-color', color);
    });
  };

  return {
    paint(findings) {
      painted = inlineFindings(findings);
      draw();
    },
    relayout: draw,
    clear() {
      painted = [];
      for (const mark of marks) mark.remove();
      marks = [];
    },
  };
}
