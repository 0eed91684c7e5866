// Reading and placing the DOM selection of an editable, including editables inside open shadow roots.

type ShadowRootWithSelection = ShadowRoot & { getSelection?: () => Selection | null };

/** The selection as seen from the editable's tree: Chromium retargets document.getSelection() at shadow hosts. */
export function selectionFor(root: HTMLElement): Selection | null {
  const tree = root.getRootNode() as Document | ShadowRootWithSelection;
  if (tree instanceof ShadowRoot && typeof (tree as ShadowRootWithSelection).getSelection === 'function') {
    return (tree as ShadowRootWithSelection).getSelection!();
  }
  return root.ownerDocument.getSelection();
}

/** The current selection range when it lies inside `root`, else null. */
export function rangeInside(root: HTMLElement): Range | null {
  const selection = selectionFor(root);
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return root.contains(range.startContainer) && root.contains(range.endContainer) ? range : null;
}

export function isFocusedEditable(root: HTMLElement): boolean {
  const tree = root.getRootNode() as Document | ShadowRoot;
  return tree.activeElement === root || root.contains(tree.activeElement);
}

export function selectRange(root: HTMLElement, range: Range): void {
  const selection = root.ownerDocument.getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Selects everything (replace) or collapses the caret at the end (caret mode without a caret inside). */
export function selectAllOrEnd(root: HTMLElement, atEnd: boolean): void {
  const range = root.ownerDocument.createRange();
  range.selectNodeContents(root);
  if (atEnd) range.collapse(false);
  selectRange(root, range);
}

/** Gives the editor one task to see the new selection (gotcha G11: 0 ms misplaces Draft.js pastes). */
export function settleSelection(ms = 50): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
