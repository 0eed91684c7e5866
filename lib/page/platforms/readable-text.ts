// The text a reader sees in a message element, without its controls ("…more", "See more"), hidden parts or scripts.

const ALWAYS_SKIPPED = 'button, [role="button"], [aria-hidden="true"], script, style, template, noscript';
const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'SECTION', 'ARTICLE']);

/** Whitespace collapsed within lines, block boundaries as single newlines, trimmed. */
function tidy(raw: string): string {
  return raw
    .split('\n')
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** `skip` adds site-specific parts to leave out, e.g. LinkedIn's expandable-text button. */
export function readableText(element: Element, skip?: string): string {
  const skipped = skip ? `${ALWAYS_SKIPPED}, ${skip}` : ALWAYS_SKIPPED;
  let raw = '';
  const visit = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) {
        // Line breaks inside a text node are plain whitespace on screen; only <br> and blocks break lines.
        raw += (child as Text).data.replace(/\s+/gu, ' ');
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const part = child as Element;
      if (part.matches(skipped)) continue;
      if (part.tagName === 'BR') raw += '\n';
      // Sites draw emoji as images whose alt is the emoji itself.
      else if (part.tagName === 'IMG') raw += part.getAttribute('alt') ?? '';
      else if (BLOCK_TAGS.has(part.tagName)) {
        raw += '\n';
        visit(child);
        raw += '\n';
      } else visit(child);
    }
  };
  visit(element);
  return tidy(raw);
}
