// Stand-ins for the overlay's unit tests: two findings, an editable laid out where the test says (happy-dom has no layout),
// and what a box session shows after a check.
import type { EditorAdapter } from '../../../lib/page/editors/types';
import type { Finding } from '../../../lib/core/engine/types';
import type { OverlayContent } from '../../../lib/page/overlay/box-overlay';

export const REFUND: Finding = { ruleId: 'fr.refund', category: 'out_of_perimeter', severity: 'error', start: 8, end: 17, message: 'Promesse de remboursement', clause: 'Charte §2' };
export const BANG: Finding = { ruleId: 'tone.bang', category: 'overmarketing', severity: 'warning', start: 25, end: 28, message: 'Un seul point' };

/** A contenteditable appended to `parent`. */
export function appendEditable(parent: ParentNode = document.body): HTMLElement {
  const editable = document.createElement('div');
  editable.setAttribute('contenteditable', 'true');
  parent.append(editable);
  return editable;
}

/** The editor on `root`, laid out at `layout()`, whose text spans each measure one rect on its first line. */
export function fakeAdapter(root: HTMLElement, layout: () => DOMRect = () => new DOMRect(100, 200, 400, 40)): EditorAdapter {
  root.getBoundingClientRect = layout;
  return {
    kind: 'contenteditable',
    root,
    readText: () => 'On vous rembourse demain !!!',
    rangesFor: () => [],
    rectsFor: (start, end) => [new DOMRect(100 + start * 7, 210, (end - start) * 7, 18)],
    insert: async () => false,
    observe: () => () => undefined,
  };
}

export const checkedContent = (changes: Partial<OverlayContent>): OverlayContent => ({ status: 'checked', findings: [], paths: [], mode: 'normal', focused: false, ...changes });
