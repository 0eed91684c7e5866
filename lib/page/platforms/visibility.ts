// Whether an element is somewhere a person could type: hidden, inert, collapsed and tiny fields, and hidden frames, are not.

const MIN_WIDTH_PX = 60;
const MIN_HEIGHT_PX = 14;

type VisibilityCheck = (options?: Record<string, boolean>) => boolean;

export function isShown(element: Element): boolean {
  if (element.closest('[hidden], [aria-hidden="true"], [inert]')) return false;
  const checkVisibility = (element as Element & { checkVisibility?: VisibilityCheck }).checkVisibility;
  if (typeof checkVisibility !== 'function') return true;
  // Both spellings: Chromium 121+ reads visibilityProperty, older engines checkVisibilityCSS.
  return checkVisibility.call(element, { visibilityProperty: true, checkVisibilityCSS: true });
}

/** A document shown in a zero-size viewport or a hidden frame (LinkedIn's /preload/ frame) has nothing a person can type in. */
export function documentIsOnScreen(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  if (view.innerWidth === 0 || view.innerHeight === 0) return false;
  try {
    const frame = view.frameElement;
    if (frame && !isShown(frame)) return false;
  } catch {
    // A cross-origin parent hides its frame element; the viewport test above is all there is.
  }
  return true;
}

/** Too small to write a reply in; decided only where the engine lays pages out (a DOM without layout reports 0 for everything). */
export function isTiny(element: Element): boolean {
  if (element.ownerDocument.documentElement.getBoundingClientRect().width === 0) return false;
  const box = element.getBoundingClientRect();
  return box.width < MIN_WIDTH_PX || box.height < MIN_HEIGHT_PX;
}
