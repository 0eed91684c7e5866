// Client rects of a character span inside a <textarea>, measured on a hidden div that copies the textarea's layout.

const COPIED_PROPERTIES = [
  'box-sizing', 'width', 'height', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width', 'border-style',
  'font-family', 'font-size', 'font-style', 'font-weight', 'font-variant', 'font-stretch', 'font-feature-settings',
  'line-height', 'letter-spacing', 'word-spacing', 'text-align', 'text-indent', 'text-transform', 'tab-size',
  'direction', 'overflow-wrap', 'word-break',
] as const;

export function textareaRects(textarea: HTMLTextAreaElement, start: number, end: number): DOMRect[] {
  const document = textarea.ownerDocument;
  const style = getComputedStyle(textarea);
  const box = textarea.getBoundingClientRect();
  const mirror = document.createElement('div');
  for (const property of COPIED_PROPERTIES) mirror.style.setProperty(property, style.getPropertyValue(property));
  mirror.style.position = 'fixed';
  mirror.style.top = `${box.top}px`;
  mirror.style.left = `${box.left}px`;
  mirror.style.visibility = 'hidden';
  mirror.style.pointerEvents = 'none';
  mirror.style.whiteSpace = 'pre-wrap';
  mirror.style.overflow = 'hidden';
  mirror.style.borderColor = 'transparent';
  const value = textarea.value;
  const span = document.createElement('span');
  span.textContent = value.slice(start, end);
  mirror.append(value.slice(0, start), span, value.slice(end) || '\u200b');
  const tree = textarea.getRootNode();
  (tree instanceof ShadowRoot ? tree : document.body).append(mirror);
  // The mirror does not scroll: shift its rects by the textarea's own scroll offsets.
  const rects = Array.from(span.getClientRects()).map(
    (rect) => new DOMRect(rect.x - textarea.scrollLeft, rect.y - textarea.scrollTop, rect.width, rect.height),
  );
  mirror.remove();
  return rects;
}
