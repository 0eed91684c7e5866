// What counts as one editable box: a textarea, or the outermost contenteditable (inner ones are the editor's own islands).

export const EDITABLE_SELECTOR = 'textarea, [contenteditable]:not([contenteditable="false"])';

// Tag checks rather than instanceof: content scripts and test DOMs can hold elements from another realm's constructors.
function isTextarea(element: Element): element is HTMLTextAreaElement {
  return element.tagName === 'TEXTAREA';
}

/** The editable root for a matched element: itself, its outermost editable ancestor, or the first editable it wraps. */
export function editableRootOf(element: Element): HTMLElement | null {
  if (isTextarea(element)) return element;
  if (!('isContentEditable' in element)) return null;
  let root: HTMLElement | null = (element as HTMLElement).isContentEditable ? (element as HTMLElement) : null;
  for (let parent = root?.parentElement; parent?.isContentEditable; parent = parent.parentElement) root = parent;
  return root ?? element.querySelector<HTMLElement>(EDITABLE_SELECTOR);
}

/** Editable roots of every match, once each, in document order. */
export function uniqueEditableRoots(matches: Iterable<Element>): HTMLElement[] {
  const roots = new Set<HTMLElement>();
  for (const match of matches) {
    const root = editableRootOf(match);
    if (root) roots.add(root);
  }
  return [...roots];
}

/** Whether a person can type in the element right now (not read-only, not disabled). */
export function acceptsTyping(element: HTMLElement): boolean {
  if (element.getAttribute('aria-readonly') === 'true' || element.getAttribute('aria-disabled') === 'true') return false;
  if (isTextarea(element)) return !element.readOnly && !element.disabled;
  return element.isContentEditable;
}
