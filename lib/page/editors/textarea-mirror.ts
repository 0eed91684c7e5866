// Client rects of character spans inside a <textarea>, measured on a hidden div that copies the textarea's layout.
// One mirror serves every span measured in the same task, and each span's rects are kept until the text or the width
// changes: painting or hovering a hundred findings lays the text out once, not a hundred times.

const COPIED_PROPERTIES = [
  'box-sizing', 'width', 'height', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width', 'border-style',
  'font-family', 'font-size', 'font-style', 'font-weight', 'font-variant', 'font-stretch', 'font-feature-settings',
  'line-height', 'letter-spacing', 'word-spacing', 'text-align', 'text-indent', 'text-transform', 'tab-size',
  'direction', 'overflow-wrap', 'word-break',
] as const;

/** Characters laid out past the last one measured, so that its line wraps where the textarea wraps it. */
const TAIL_CHARS = 200;

/** A rect relative to the textarea's border box, before scrolling. */
interface Offset {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Mirror {
  value: string;
  element: HTMLElement;
  text: Text;
  origin: DOMRect;
}

/** Marks Gardefou's measuring nodes: the box registry does not take them for a page change. */
export const MEASURING_ATTRIBUTE = 'data-gardefou';

export type TextareaRects = (start: number, end: number) => DOMRect[];

/** `maxChars`: spans never end past it, so the mirror lays out no more than that (plus a tail) of a huge text. */
export function createTextareaRects(textarea: HTMLTextAreaElement, maxChars = Infinity): TextareaRects {
  let mirror: Mirror | null = null;
  let measured: { value: string; width: number; offsets: Map<string, Offset[]> } | null = null;

  const openMirror = (value: string): Mirror => {
    if (mirror?.value === value) return mirror;
    mirror?.element.remove();
    const document = textarea.ownerDocument;
    const style = getComputedStyle(textarea);
    const element = document.createElement('div');
    element.setAttribute(MEASURING_ATTRIBUTE, '');
    for (const property of COPIED_PROPERTIES) element.style.setProperty(property, style.getPropertyValue(property));
    element.style.position = 'fixed';
    element.style.top = '0';
    element.style.left = '0';
    element.style.visibility = 'hidden';
    element.style.pointerEvents = 'none';
    element.style.whiteSpace = 'pre-wrap';
    element.style.overflow = 'hidden';
    element.style.borderColor = 'transparent';
    const text = document.createTextNode(value.slice(0, Math.min(value.length, maxChars + TAIL_CHARS)) || '\u200b');
    element.append(text);
    const tree = textarea.getRootNode();
    (tree instanceof ShadowRoot ? tree : document.body).append(element);
    const opened: Mirror = { value, element, text, origin: element.getBoundingClientRect() };
    mirror = opened;
    // Gone before the page gets the thread back; later spans of this task reuse it.
    queueMicrotask(() => {
      opened.element.remove();
      if (mirror === opened) mirror = null;
    });
    return opened;
  };

  const measure = (value: string, start: number, end: number): Offset[] => {
    const { text, origin } = openMirror(value);
    if (end > text.length) return [];
    const range = textarea.ownerDocument.createRange();
    range.setStart(text, start);
    range.setEnd(text, end);
    return Array.from(range.getClientRects(), (rect) => ({ x: rect.x - origin.x, y: rect.y - origin.y, width: rect.width, height: rect.height }));
  };

  return (start, end) => {
    const value = textarea.value;
    if (!(start >= 0 && end <= value.length && start < end)) return [];
    const width = textarea.clientWidth;
    if (measured?.value !== value || measured.width !== width) measured = { value, width, offsets: new Map() };
    const key = `${start}:${end}`;
    let offsets = measured.offsets.get(key);
    if (!offsets) {
      offsets = measure(value, start, end);
      measured.offsets.set(key, offsets);
    }
    const box = textarea.getBoundingClientRect();
    return offsets.map(
      (offset) => new DOMRect(box.left + offset.x - textarea.scrollLeft, box.top + offset.y - textarea.scrollTop, offset.width, offset.height),
    );
  };
}
