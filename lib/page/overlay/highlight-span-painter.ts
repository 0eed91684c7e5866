// Underlines through the CSS Custom Highlight API: ranges over the editor's own text nodes, so its DOM is never touched.
import type { EditorAdapter } from '../editors/types';
import type { HighlightRegistry, RangesBySeverity } from './highlight-registry';
import { inlineFindings, MAX_UNDERLINE_PIECES, type SpanPainter } from './span-painter';

export function createHighlightSpanPainter(adapter: EditorAdapter, registry: HighlightRegistry): SpanPainter {
  const owner = {};
  return {
    paint(findings) {
      const ranges: RangesBySeverity = {};
      let pieces = 0;
      for (const finding of inlineFindings(findings)) {
        if (pieces >= MAX_UNDERLINE_PIECES) break;
        const found = adapter.rangesFor(finding.start, finding.end).slice(0, MAX_UNDERLINE_PIECES - pieces);
        pieces += found.length;
        (ranges[finding.severity] ??= []).push(...found);
      }
      registry.paint(owner, adapter.root.getRootNode() as Document | ShadowRoot, ranges);
    },
    relayout() {},
    clear: () => registry.clear(owner),
  };
}
