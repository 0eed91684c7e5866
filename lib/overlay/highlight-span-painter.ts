// Underlines through the CSS Custom Highlight API: ranges over the editor's own text nodes, so its DOM is never touched.
import type { EditorAdapter } from '../editors/types';
import type { HighlightRegistry, RangesBySeverity } from './highlight-registry';
import { inlineFindings, type SpanPainter } from './span-painter';

export function createHighlightSpanPainter(adapter: EditorAdapter, registry: HighlightRegistry): SpanPainter {
  const owner = {};
  return {
    paint(findings) {
      const ranges: RangesBySeverity = {};
      for (const finding of inlineFindings(findings)) {
        (ranges[finding.severity] ??= []).push(...adapter.rangesFor(finding.start, finding.end));
      }
      registry.paint(owner, adapter.root.getRootNode() as Document | ShadowRoot, ranges);
    },
    relayout() {},
    clear: () => registry.clear(owner),
  };
}
