// What lies around a reply box that the badge must keep clear of: the lines of the draft, and the page's own controls.
import type { EditorAdapter } from '../editors/types';
import type { PlainRect } from './badge-placement';
import { isOverlayHost } from './overlay-host';

/** Past this many characters the badge stays outside the box instead of measuring every line of the draft. */
const MAX_MEASURED_CHARS = 2000;
/** What the badge must not hide when another spot is free: the page's own buttons, links and fields. */
const PAGE_CONTROLS = 'button, a[href], [role="button"], [role="link"], input, select, textarea, [contenteditable="true"]';

/** The client rects of the draft's lines; null when they are not measured (a long draft, or a box that cannot be read). */
export function draftTextRects(adapter: EditorAdapter): PlainRect[] | null {
  try {
    // A native length first: a long draft is not walked at all.
    const root = adapter.root;
    const rawLength = root instanceof HTMLTextAreaElement ? root.value.length : (root.textContent?.length ?? 0);
    if (rawLength > MAX_MEASURED_CHARS) return null;
    const text = adapter.readText();
    if (text.length > MAX_MEASURED_CHARS) return null;
    return text ? adapter.rectsFor(0, text.length).filter((rect) => rect.width > 0 && rect.height > 0) : [];
  } catch {
    return null;
  }
}

/** Whether a spot would hide a control of the page outside the box (its send button, a link): sampled at corners and centre. */
export function coversPageControl(root: HTMLElement, rect: PlainRect): boolean {
  const doc = root.ownerDocument;
  if (typeof doc.elementsFromPoint !== 'function') return false;
  const points = [
    [rect.left + 2, rect.top + 2],
    [rect.right - 2, rect.top + 2],
    [rect.left + 2, rect.bottom - 2],
    [rect.right - 2, rect.bottom - 2],
    [(rect.left + rect.right) / 2, (rect.top + rect.bottom) / 2],
  ];
  return points.some(([x, y]) => {
    const below = doc.elementsFromPoint(x, y).find((element) => !isOverlayHost(element));
    return below?.closest(PAGE_CONTROLS) != null && !root.contains(below);
  });
}
