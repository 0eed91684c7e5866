// One Highlight per severity in the page's registry, shared by every box: each box swaps only its own ranges in and out.
import { SEVERITIES, SEVERITY_RANK, type Severity } from '../../core/engine/vocabulary';
import { adoptStyles } from './adopt-styles';
import { SEVERITY_COLORS } from './severity-colors';

export const HIGHLIGHT_NAMES: Record<Severity, string> = {
  error: 'gardefou-error',
  warning: 'gardefou-warning',
  info: 'gardefou-info',
};

/** Only the ::highlight() rules: they style nothing else in the page. */
const HIGHLIGHT_CSS = SEVERITIES.map(
  (severity) =>
    `::highlight(${HIGHLIGHT_NAMES[severity]}){text-decoration:underline wavy ${SEVERITY_COLORS[severity]};` +
    `text-decoration-skip-ink:none;background-color:${SEVERITY_COLORS[severity]}1a}`,
).join('\n');

export type RangesBySeverity = Partial<Record<Severity, Range[]>>;

export interface HighlightRegistry {
  /** Replaces the ranges `owner` contributed; the styles go into `root` (a shadow root needs its own). */
  paint(owner: object, root: Document | ShadowRoot, ranges: RangesBySeverity): void;
  clear(owner: object): void;
}

export function createHighlightRegistry(): HighlightRegistry {
  const highlights = new Map<Severity, Highlight>();
  const contributed = new WeakMap<object, RangesBySeverity>();

  const highlightFor = (severity: Severity): Highlight => {
    let highlight = highlights.get(severity);
    if (!highlight) {
      highlight = new Highlight();
      // An error underline wins where spans of different severities overlap.
      highlight.priority = SEVERITY_RANK[severity];
      CSS.highlights.set(HIGHLIGHT_NAMES[severity], highlight);
      highlights.set(severity, highlight);
    }
    return highlight;
  };

  const clear = (owner: object) => {
    const previous = contributed.get(owner);
    if (!previous) return;
    for (const severity of SEVERITIES) for (const range of previous[severity] ?? []) highlights.get(severity)?.delete(range);
    contributed.delete(owner);
  };

  return {
    paint(owner, root, ranges) {
      clear(owner);
      adoptStyles(root, HIGHLIGHT_CSS);
      for (const severity of SEVERITIES) for (const range of ranges[severity] ?? []) highlightFor(severity).add(range);
      contributed.set(owner, ranges);
    },
    clear,
  };
}
