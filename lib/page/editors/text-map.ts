// Walks an editable's DOM into the engine's text (one '\n' between blocks) and maps every offset back to a DOM point.

export interface DomPoint {
  node: Node;
  offset: number;
}

/** One run of the text: characters of a Text node, or one synthetic character (block separator, <br>, img alt). */
interface TextSegment {
  start: number;
  end: number;
  /** Set for runs copied from a Text node: the node and the offset of `start` inside it. */
  textNode?: Text;
  nodeOffset?: number;
  /** DOM points just before and just after a synthetic run. */
  before: DomPoint;
  after: DomPoint;
  /** True for the '\n' of a block separator or a <br>: ranges are split there. */
  lineBreak: boolean;
}

export interface TextMap {
  text: string;
  /** DOM point where the character at `offset` starts (offset may equal text.length). */
  startPoint(offset: number): DomPoint;
  /** DOM point where the character before `offset` ends (offset may be 0). */
  endPoint(offset: number): DomPoint;
  /** One Range per line piece of [start, end); line breaks themselves are not covered. */
  rangesFor(start: number, end: number): Range[];
  /**
   * True while the text nodes that carried [start, end) still sit in the root with the same characters: ranges made from
   * this map then cover exactly the text that was checked, whatever the page did elsewhere in the box.
   */
  holds(start: number, end: number): boolean;
}

export interface TextMapOptions {
  /** Elements whose subtree is not part of the text (cursor blots, list bullets, widgets). */
  skipElement?: (element: Element) => boolean;
  /** Stop after this many characters: a huge draft costs no more to read than its checked part (the rest is never walked). */
  maxChars?: number;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const BLOCK_SELECTOR = [...BLOCK_TAGS].map((tag) => tag.toLowerCase()).join(',');
// Cursor placeholders (Quill's cursor blot, BOM-style anchors) are never part of the library's text.
const INVISIBLE_CHARS = /\uFEFF+/g;

const isBlock = (element: Element) => BLOCK_TAGS.has(element.tagName);
const pointBefore = (node: Node): DomPoint => ({ node: node.parentNode!, offset: indexInParent(node) });
const pointAfter = (node: Node): DomPoint => ({ node: node.parentNode!, offset: indexInParent(node) + 1 });

function indexInParent(node: Node): number {
  let index = 0;
  for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) index++;
  return index;
}

export function buildTextMap(root: HTMLElement, options: TextMapOptions = {}): TextMap {
  const skip = options.skipElement ?? (() => false);
  const maxChars = options.maxChars ?? Infinity;
  const segments: TextSegment[] = [];
  let text = '';
  /** The text reached maxChars: nothing more is walked. */
  let full = false;
  let lineOpen = false;
  let anyLine = false;
  let anonymousLineActive = false;
  let lineEndPoint: DomPoint = { node: root, offset: 0 };
  let pendingBreaks: HTMLBRElement[] = [];

  /** Appends a run, cut at maxChars; a text run then ends (in the DOM) after the characters it kept. */
  const push = (whole: string, segment: Omit<TextSegment, 'start' | 'end'>) => {
    if (full) return;
    const piece = whole.slice(0, maxChars - text.length);
    if (!piece) return;
    const after = segment.textNode ? { node: segment.textNode, offset: segment.nodeOffset! + piece.length } : segment.after;
    segments.push({ ...segment, after, start: text.length, end: text.length + piece.length });
    text += piece;
    lineEndPoint = after;
    if (text.length >= maxChars) full = true;
  };
  const emitBreak = (br: HTMLBRElement) =>
    push('\n', { before: pointBefore(br), after: pointAfter(br), lineBreak: true });
  // A <br> counts only when content follows it in its block; the last one is the browser's placeholder.
  const flushBreaks = () => {
    for (const br of pendingBreaks) emitBreak(br);
    pendingBreaks = [];
  };
  const openLine = (start: DomPoint) => {
    if (anyLine) push('\n', { before: lineEndPoint, after: start, lineBreak: true });
    anyLine = true;
    lineOpen = true;
    lineEndPoint = start;
  };
  const closeLine = () => {
    if (!lineOpen) return;
    for (const br of pendingBreaks.slice(0, -1)) emitBreak(br);
    pendingBreaks = [];
    lineOpen = false;
  };
  const ensureAnonymousLine = (node: Node) => {
    if (anonymousLineActive) return;
    closeLine();
    openLine(pointBefore(node));
    anonymousLineActive = true;
  };

  const emitText = (node: Text) => {
    const data = node.data;
    let cursor = 0;
    for (const match of data.matchAll(INVISIBLE_CHARS)) {
      if (full) return;
      emitTextRun(node, cursor, data.slice(cursor, match.index));
      cursor = match.index + match[0].length;
    }
    emitTextRun(node, cursor, data.slice(cursor));
  };
  const emitTextRun = (node: Text, nodeOffset: number, piece: string) => {
    if (!piece) return;
    flushBreaks();
    push(piece, {
      textNode: node,
      nodeOffset,
      before: { node, offset: nodeOffset },
      after: { node, offset: nodeOffset + piece.length },
      lineBreak: false,
    });
  };

  const walk = (parent: Node, insideLeafBlock: boolean) => {
    for (let child = parent.firstChild; child && !full; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const textNode = child as Text;
        // Formatting whitespace between blocks is not content.
        if (!insideLeafBlock && textNode.data.trim() === '') continue;
        if (!insideLeafBlock) ensureAnonymousLine(textNode);
        emitText(textNode);
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const element = child as Element;
      if (skip(element)) continue;
      if (element.tagName === 'BR') {
        if (!insideLeafBlock) ensureAnonymousLine(element);
        pendingBreaks.push(element as HTMLBRElement);
        continue;
      }
      if (element.tagName === 'IMG') {
        const alt = element.getAttribute('alt');
        if (!alt) continue;
        if (!insideLeafBlock) ensureAnonymousLine(element);
        flushBreaks();
        push(alt, { before: pointBefore(element), after: pointAfter(element), lineBreak: false });
        continue;
      }
      if (!insideLeafBlock && isBlock(element)) {
        closeLine();
        anonymousLineActive = false;
        if (element.querySelector(BLOCK_SELECTOR) === null) {
          openLine({ node: element, offset: 0 });
          walk(element, true);
          closeLine();
        } else {
          walk(element, false);
        }
        anonymousLineActive = false;
        continue;
      }
      walk(element, insideLeafBlock);
    }
  };
  walk(root, false);
  closeLine();

  const endOfText: DomPoint = segments.length ? segments[segments.length - 1].after : { node: root, offset: 0 };
  /** Index of the segment holding `offset`, or -1. */
  const indexAt = (offset: number): number => {
    let low = 0;
    let high = segments.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const segment = segments[middle];
      if (offset < segment.start) high = middle - 1;
      else if (offset >= segment.end) low = middle + 1;
      else return middle;
    }
    return -1;
  };
  const segmentAt = (offset: number): TextSegment | undefined => segments[indexAt(offset)];
  const startPoint = (offset: number): DomPoint => {
    const segment = segmentAt(offset);
    if (!segment) return offset <= 0 ? (segments[0]?.before ?? endOfText) : endOfText;
    if (segment.textNode) return { node: segment.textNode, offset: segment.nodeOffset! + offset - segment.start };
    return segment.before;
  };
  const endPoint = (offset: number): DomPoint => {
    if (offset <= 0) return startPoint(0);
    const segment = segmentAt(offset - 1);
    if (!segment) return endOfText;
    if (segment.textNode) return { node: segment.textNode, offset: segment.nodeOffset! + offset - segment.start };
    return segment.after;
  };
  const rangesFor = (start: number, end: number): Range[] => {
    if (!(start >= 0 && end <= text.length && start < end)) return [];
    const ranges: Range[] = [];
    let pieceStart = start;
    const closePiece = (pieceEnd: number) => {
      if (pieceEnd <= pieceStart) return;
      const range = root.ownerDocument.createRange();
      const from = startPoint(pieceStart);
      const to = endPoint(pieceEnd);
      try {
        range.setStart(from.node, from.offset);
        range.setEnd(to.node, to.offset);
      } catch {
        // The editor changed this node since the map was made: no underline rather than a wrong one.
        return;
      }
      ranges.push(range);
    };
    for (const segment of segments) {
      if (segment.end <= start || !segment.lineBreak) continue;
      if (segment.start >= end) break;
      closePiece(segment.start);
      pieceStart = segment.end;
    }
    closePiece(end);
    return ranges;
  };
  const holds = (start: number, end: number): boolean => {
    for (let index = Math.max(0, indexAt(start)); index < segments.length; index++) {
      const { textNode, nodeOffset, start: from, end: to } = segments[index];
      if (from >= end) break;
      // substringData, not .data: a pasted page of text is one node, and .data would copy all of it on every call.
      if (textNode && !(root.contains(textNode) && nodeOffset! + to - from <= textNode.length && textNode.substringData(nodeOffset!, to - from) === text.slice(from, to))) return false;
    }
    return true;
  };
  return { text, startPoint, endPoint, rangesFor, holds };
}
