// Picks the last message the other person sent in a conversation: by the site's marker when it has one, else by which side the bubble sits on.

// Bubbles whose gaps to the thread's edges differ by less than this are centred or full-width: not attributed to us.
const SIDE_TOLERANCE_PX = 24;

/** True when the bubble hugs the thread's end edge (right in LTR), where chat apps draw one's own messages. */
function sitsOnOwnSide(message: Element, thread: Element): boolean {
  const bubble = message.getBoundingClientRect();
  const frame = thread.getBoundingClientRect();
  if (bubble.width === 0 || frame.width === 0) return false;
  const startGap = bubble.left - frame.left;
  const endGap = frame.right - bubble.right;
  const rtl = getComputedStyle(thread).direction === 'rtl';
  return (rtl ? endGap - startGap : startGap - endGap) > SIDE_TOLERANCE_PX;
}

export interface IncomingMessageOptions {
  /** The site's marker of a message from the other person (LinkedIn's "--other" modifier), matched on the message or an ancestor. */
  fromOtherSelector?: string;
}

export function lastIncomingMessage(messages: Element[], thread: Element, options: IncomingMessageOptions = {}): Element | null {
  const { fromOtherSelector } = options;
  if (fromOtherSelector) {
    const marked = messages.filter((message) => message.closest(fromOtherSelector));
    if (marked.length > 0) return marked[marked.length - 1];
  }
  const theirs = messages.filter((message) => !sitsOnOwnSide(message, thread));
  return theirs[theirs.length - 1] ?? null;
}
