// x.com (and twitter.com, X Pro's deck on pro.x.com): Draft.js composers (home, inline reply on /status/, reply modal, a deck
// column's inline reply) and the DM composers; Ctrl/Cmd+Enter posts, Enter sends a DM.
import { uniqueEditableRoots } from './editable-root';
import { firstNameOf } from './first-name';
import { lastIncomingMessage } from './last-incoming-message';
import { findOwnControl } from './own-control';
import { anyOf } from './proven-selector';
import { readableText } from './readable-text';
import { guarded, isOnDomain, isUnderPath, type SiteAdapter } from './site-adapter';
import type { IncomingMessage, ReplyBoxDescription } from './types';
import { X_PRIVATE_PATHS, X_SELECTORS as S, X_STATUS_PATH } from './x-selectors';

const DM_EDITABLES = `${S.dmComposerContainer} textarea, ${S.dmComposerContainer} [contenteditable="true"]`;
const BOX = [anyOf(S.composerTextbox, S.dmTextarea, S.legacyDmTextbox), DM_EDITABLES].join(', ');
const SEND_CONTROL = anyOf(S.inlineSendButton, S.modalSendButton, S.dmSendButton, S.legacyDmSendButton);
const DM_MESSAGES = anyOf(S.dmMessage, S.legacyDmMessage);
const TWEET = S.tweet;

function boxesIn(root: ParentNode): HTMLElement[] {
  return uniqueEditableRoots(root.querySelectorAll(BOX));
}

function isPrivatePath(pathname: string): boolean {
  return isUnderPath(pathname, X_PRIVATE_PATHS);
}

function precedes(node: Node, reference: Node): boolean {
  return (node.compareDocumentPosition(reference) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/** The post a composer answers: the post above it in the reply modal, or the post in the nearest timeline cell above its own cell. */
function answeredTweet(editable: HTMLElement): Element | null {
  const dialog = editable.closest(S.replyDialog);
  if (dialog) {
    const above = Array.from(dialog.querySelectorAll(TWEET)).filter((tweet) => precedes(tweet, editable));
    return above[above.length - 1] ?? null;
  }
  const cell = editable.closest(S.timelineCell);
  for (let sibling = cell?.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
    const tweets = sibling.matches(TWEET) ? [sibling] : Array.from(sibling.querySelectorAll(TWEET));
    if (tweets.length > 0) return tweets[tweets.length - 1];
  }
  // X Pro: a composer outside any timeline cell answers the last post above it in its own column.
  const column = cell ? null : editable.closest(S.deckColumn);
  if (column) {
    const above = Array.from(column.querySelectorAll(TWEET)).filter((tweet) => precedes(tweet, editable));
    return above[above.length - 1] ?? null;
  }
  return null;
}

function tweetMessage(tweet: Element): IncomingMessage | null {
  const body = tweet.querySelector(S.tweetText);
  const text = body ? readableText(body) : '';
  const nameLink = tweet.querySelector(S.userNameLink);
  const author = (nameLink && readableText(nameLink)) || undefined;
  if (!text && !author) return null;
  return { text, author, firstName: firstNameOf(author) };
}

function dmMessage(editable: HTMLElement): IncomingMessage | null {
  let thread: Element | null = editable.parentElement;
  while (thread && !thread.querySelector(DM_MESSAGES)) thread = thread.parentElement;
  if (!thread) return null;
  const message = lastIncomingMessage(Array.from(thread.querySelectorAll(DM_MESSAGES)), thread);
  const title = thread.querySelector(S.dmThreadTitle) ?? thread.querySelector('h2');
  const author = (title && readableText(title)) || undefined;
  return message ? { text: readableText(message), author, firstName: firstNameOf(author) } : null;
}

function isDmBox(editable: HTMLElement): boolean {
  return editable.closest(S.dmArea) !== null || editable.matches(anyOf(S.dmTextarea, S.legacyDmTextbox));
}

function describeBox(editable: HTMLElement, location: Pick<Location, 'pathname' | 'hostname'>): ReplyBoxDescription {
  if (isPrivatePath(location.pathname) || isDmBox(editable)) return { kind: 'dm', isPublic: false };
  const onConversationPage = X_STATUS_PATH.test(location.pathname) && editable.closest(S.timelineCell) !== null;
  if (answeredTweet(editable) || onConversationPage) return { kind: 'reply', isPublic: true };
  return { kind: 'composer', isPublic: true };
}

function findIncoming(editable: HTMLElement): IncomingMessage | null {
  const location = editable.ownerDocument.location;
  const { kind } = describeBox(editable, location ?? { pathname: '/', hostname: 'x.com' });
  if (kind === 'dm') return dmMessage(editable);
  if (kind === 'composer') return null;
  const tweet = answeredTweet(editable);
  return tweet ? tweetMessage(tweet) : null;
}

export const xAdapter: SiteAdapter = guarded<SiteAdapter>({
  id: 'x',
  selectors: S,
  matchesHost: (hostname) => isOnDomain(hostname, ['x.com', 'twitter.com']),
  findReplyBoxes: (root) => boxesIn(root),
  describeBox,
  findIncoming,
  findSendButton: (editable) =>
    findOwnControl(editable, SEND_CONTROL, (container, own) => boxesIn(container).some((box) => box !== own)),
  sendKeyFor: (kind) => ({ key: 'Enter', withModifier: kind !== 'dm' }),
  openShadowRoots: () => [],
  isPrivatePath,
  isHelperDocument: () => false,
});
