// linkedin.com: TipTap (SDUI) and Quill (legacy) comment boxes, the share composer in #interop-outlet's shadow root, and messaging.
// Ctrl/Cmd+Enter posts a comment; Enter sends a message.
import { uniqueEditableRoots } from './editable-root';
import { firstNameOf } from './first-name';
import { lastIncomingMessage } from './last-incoming-message';
import {
  LINKEDIN_HELPER_PATHS,
  LINKEDIN_PRIVATE_PATHS,
  LINKEDIN_SELECTORS as S,
  POST_AUTHOR_MENU_PREFIXES,
} from './linkedin-selectors';
import { findOwnControl } from './own-control';
import { anyOf } from './proven-selector';
import { readableText } from './readable-text';
import { guarded, isOnDomain, isUnderPath, type SiteAdapter } from './site-adapter';
import type { IncomingMessage, ReplyBoxDescription } from './types';

const SHARE_EDITOR = anyOf(S.shareEditor, S.quillEditorMarker);
const SHARE_IN_LIGHT_DOM = S.shareContainer
  .split(', ')
  .map((container) => `${container} ${S.shareEditor}`)
  .join(', ');
const LIGHT_BOX = [
  anyOf(
    S.tiptapEditor,
    S.commentEditorLabelEn,
    S.commentEditorLabelFr,
    S.legacyCommentEditor,
    S.legacyCommentTextEditor,
    S.quillEditorMarker,
    S.messagingEditor,
  ),
  SHARE_IN_LIGHT_DOM,
  `${S.commentBoxContainer} [contenteditable="true"]`,
].join(', ');
const COMMENT_ITEM = anyOf(S.commentItem, S.legacyCommentItem);
const SEND_CONTROL = anyOf(S.commentSendButton, S.legacyCommentSendButton, S.shareSendButton, S.messagingSendButton);
const FEED_BOUNDARY = `${S.postCard}, [data-testid="mainFeed"], main`;

function isHelperDocument(pathname: string): boolean {
  return isUnderPath(pathname, LINKEDIN_HELPER_PATHS);
}

function openShadowRoots(root: ParentNode): ShadowRoot[] {
  return Array.from(root.querySelectorAll(S.shareOutlet))
    .map((host) => host.shadowRoot)
    .filter((shadow): shadow is ShadowRoot => shadow !== null);
}

function boxesIn(root: ParentNode): HTMLElement[] {
  return uniqueEditableRoots(root.querySelectorAll(LIGHT_BOX));
}

function findReplyBoxes(root: Document | ShadowRoot): HTMLElement[] {
  // A Document has no owner document; a shadow root's is the page.
  const doc = root.ownerDocument ?? (root as Document);
  if (isHelperDocument(doc.location?.pathname ?? '/')) return [];
  const inShadow = openShadowRoots(root).flatMap((shadow) => uniqueEditableRoots(shadow.querySelectorAll(SHARE_EDITOR)));
  return [...new Set([...boxesIn(root), ...inShadow])];
}

function isInShareComposer(editable: HTMLElement): boolean {
  const shadowHost = (editable.getRootNode() as Partial<ShadowRoot>).host;
  if (shadowHost?.matches(S.shareOutlet)) return true;
  return editable.closest(S.shareContainer) !== null;
}

function isMessagingBox(editable: HTMLElement): boolean {
  return editable.matches(S.messagingEditor) || editable.closest(S.messagingContainer) !== null;
}

function precedes(node: Node, reference: Node): boolean {
  return (node.compareDocumentPosition(reference) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/** The post a top-level comment box answers: the legacy post around it, or (SDUI) the nearest post root before it in its card. */
function postOf(editable: HTMLElement): Element | null {
  const legacy = editable.closest(S.legacyPost);
  if (legacy) return legacy;
  for (let node = editable.parentElement; node; node = node.parentElement) {
    if (node.matches(S.postRoot)) return node;
    const above = Array.from(node.querySelectorAll(S.postRoot)).filter((root) => precedes(root, editable));
    if (above.length > 0) return above[above.length - 1];
    if (node.matches(FEED_BOUNDARY)) break;
  }
  return null;
}

/** Elements of a comment that are its own, not its replies'. */
function ownParts(item: Element, selector: string): Element[] {
  return Array.from(item.querySelectorAll(selector)).filter((part) => part.closest(COMMENT_ITEM) === item);
}

/** A profile link reads "avatar initials, then name": the name is its last line. */
function linkName(link: Element): string {
  const lines = readableText(link).split('\n');
  return lines[lines.length - 1] ?? '';
}

function message(text: string, author: string | undefined): IncomingMessage | null {
  if (!text && !author) return null;
  return { text, author, firstName: firstNameOf(author) };
}

function commentMessage(item: Element): IncomingMessage | null {
  const body = ownParts(item, anyOf(S.expandableText, S.legacyCommentText))[0];
  const text = body ? readableText(body, S.expandableTextButton) : '';
  const named = ownParts(item, S.legacyCommentAuthor)[0];
  const author = (named && readableText(named)) || ownParts(item, S.profileLink).map(linkName).find(Boolean);
  return message(text, author || undefined);
}

function postMessage(post: Element): IncomingMessage | null {
  const notInComment = (element: Element) => element.closest(COMMENT_ITEM) === null;
  const body = Array.from(post.querySelectorAll(anyOf(S.expandableText, S.legacyPostText))).find(notInComment);
  const text = body ? readableText(body, S.expandableTextButton) : '';
  const menuLabel = post.querySelector(anyOf(S.postAuthorMenuEn, S.postAuthorMenuFr))?.getAttribute('aria-label') ?? '';
  const prefix = POST_AUTHOR_MENU_PREFIXES.find((known) => menuLabel.startsWith(known));
  const actor = post.querySelector(S.legacyPostAuthor);
  const author =
    (prefix && menuLabel.slice(prefix.length).trim()) ||
    (actor && readableText(actor)) ||
    Array.from(post.querySelectorAll(S.profileLink)).filter(notInComment).map(linkName).find(Boolean);
  return message(text, author || undefined);
}

function messagingMessage(editable: HTMLElement): IncomingMessage | null {
  let thread: Element | null = editable.closest(S.messagingThread) ?? editable.parentElement;
  while (thread && !thread.querySelector(S.messageBody)) thread = thread.parentElement;
  if (!thread) return null;
  const bodies = Array.from(thread.querySelectorAll(S.messageBody));
  const last = lastIncomingMessage(bodies, thread, { fromOtherSelector: S.messageFromOther });
  const title = thread.querySelector(S.messagingThreadTitle);
  const author = (title && readableText(title)) || undefined;
  return last ? { text: readableText(last), author, firstName: firstNameOf(author) } : null;
}

function describeBox(editable: HTMLElement, location: Pick<Location, 'pathname' | 'hostname'>): ReplyBoxDescription {
  if (isUnderPath(location.pathname, LINKEDIN_PRIVATE_PATHS) || isMessagingBox(editable)) return { kind: 'dm', isPublic: false };
  if (isInShareComposer(editable)) return { kind: 'composer', isPublic: true };
  if (editable.closest(COMMENT_ITEM)) return { kind: 'reply', isPublic: true };
  return { kind: 'comment', isPublic: true };
}

function findIncoming(editable: HTMLElement): IncomingMessage | null {
  const location = editable.ownerDocument.location;
  const { kind } = describeBox(editable, location ?? { pathname: '/', hostname: 'www.linkedin.com' });
  if (kind === 'dm') return messagingMessage(editable);
  if (kind === 'reply') {
    const item = editable.closest(COMMENT_ITEM);
    return item ? commentMessage(item) : null;
  }
  if (kind === 'comment') {
    const post = postOf(editable);
    return post ? postMessage(post) : null;
  }
  return null;
}

function holdsAnotherBox(container: Element, own: HTMLElement): boolean {
  const inShadow = openShadowRoots(container).flatMap((shadow) => uniqueEditableRoots(shadow.querySelectorAll(SHARE_EDITOR)));
  return [...boxesIn(container), ...uniqueEditableRoots(container.querySelectorAll(SHARE_EDITOR)), ...inShadow].some((box) => box !== own);
}

export const linkedinAdapter: SiteAdapter = guarded<SiteAdapter>({
  id: 'linkedin',
  selectors: S,
  matchesHost: (hostname) => isOnDomain(hostname, ['linkedin.com']),
  findReplyBoxes,
  describeBox,
  findIncoming,
  findSendButton: (editable) => findOwnControl(editable, SEND_CONTROL, holdsAnotherBox),
  sendKeyFor: (kind) => ({ key: 'Enter', withModifier: kind !== 'dm' }),
  openShadowRoots,
  isPrivatePath: (pathname) => isUnderPath(pathname, LINKEDIN_PRIVATE_PATHS),
  isHelperDocument,
});
