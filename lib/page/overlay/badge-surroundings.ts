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

/** Spacing of the points sampled under a spot: narrower than the smallest send button (an icon of about 20 px). */
const SAMPLE_STEP = 6;

/** Whether a spot would hide a control of the page outside the box (its send button, a link): sampled on a fine grid. */
export function coversPageControl(root: HTMLElement, rect: PlainRect): boolean {
  const doc = root.ownerDocument;
  if (typeof doc.elementsFromPoint !== 'function') return false;
  const xs = samples(rect.left + 1, rect.right - 1);
  const ys = samples(rect.top + 1, rect.bottom - 1);
  return xs.some((x) =>
    ys.some((y) => {
      const below = doc.elementsFromPoint(x, y).find((element) => !isOverlayHost(element));
      return below?.closest(PAGE_CONTROLS) != null && !root.contains(below);
    }),
  );
}

/** Points from `from` to `to` (both included), at most SAMPLE_STEP apart. */
function samples(from: number, to: number): number[] {
  if (to <= from) return [from];
  const count = Math.ceil((to - from) / SAMPLE_STEP);
  return Array.from({ length: count + 1 }, (_, i) => from + ((to - from) * i) / count);
}
