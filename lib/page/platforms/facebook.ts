// facebook.com, messenger.com and Meta Business Suite's inbox (business.facebook.com): Lexical boxes under posts, comments,
// the post dialog, Messenger and the inbox's conversations; Enter sends everywhere.
import { firstNameOf } from './first-name';
import { COMMENT_AUTHOR_LABEL_PREFIXES, FACEBOOK_PRIVATE_PATHS, FACEBOOK_SELECTORS as S } from './facebook-selectors';
import { uniqueEditableRoots } from './editable-root';
import { lastIncomingMessage } from './last-incoming-message';
import { findOwnControl } from './own-control';
import { anyOf } from './proven-selector';
import { readableText } from './readable-text';
import { guarded, isOnDomain, isUnderPath, type SiteAdapter } from './site-adapter';
import type { IncomingMessage, ReplyBoxDescription } from './types';

const REPLY_LABELS = anyOf(S.replyBoxLabelEn, S.replyBoxLabelFr, S.answerBoxLabel, S.businessReplyAsLabel);
const COMMENT_LABELS = anyOf(S.commentBoxLabelEn, S.commentBoxLabelFr, S.commentBoxPlaceholderLabel);
const MESSENGER_BOX = anyOf(S.messengerBoxLabel, S.messengerPlaceholder, S.businessMessengerReplyLabel);
const SEND_CONTROL = anyOf(S.submitContainer, S.submitLabelEn, S.submitLabelFr, S.messengerSendLabel, S.businessSendLabel);
const ARTICLE = S.article;

function boxesIn(root: ParentNode): HTMLElement[] {
  return uniqueEditableRoots(root.querySelectorAll(S.lexicalTextbox));
}

function isPrivatePath(pathname: string, hostname: string): boolean {
  return isOnDomain(hostname, ['messenger.com']) || isUnderPath(pathname, FACEBOOK_PRIVATE_PATHS);
}

function isMessengerBox(editable: HTMLElement): boolean {
  return editable.matches(MESSENGER_BOX) || editable.closest(S.threadComposer) !== null;
}

/** The outermost role=article around the box: the post (comments nest inside it). */
function outermostArticle(element: Element): Element | null {
  let outermost: Element | null = null;
  for (let found = element.closest(ARTICLE); found; found = found.parentElement?.closest(ARTICLE) ?? null) outermost = found;
  return outermost;
}

/** A comment is an article nested in the post's article, or one labelled as a comment. */
function isCommentArticle(element: Element): boolean {
  return element.matches(anyOf(S.commentArticle, S.commentArticleLabel));
}

/** The post around a box: a FeedUnit pagelet's article, else the outermost article, else the post shown in a dialog. */
function postOf(editable: HTMLElement): Element | null {
  const unit = editable.closest(S.postUnit);
  const unitArticle = unit?.querySelector(ARTICLE);
  if (unitArticle) return unitArticle;
  const outermost = outermostArticle(editable);
  if (outermost) return outermost;
  return editable.closest(S.postDialog)?.querySelector(ARTICLE) ?? null;
}

/**
 * The comment a reply box answers. Candidates, nearest first: comment articles just before the box or one of its ancestors, and
 * comment articles around it. The one whose author the box's label names wins ("Reply to Alice Martin", in any language).
 */
function answeredComment(editable: HTMLElement): Element | null {
  const boundary = postOf(editable) ?? editable.closest(S.postDialog);
  const candidates: Element[] = [];
  for (let node: Element | null = editable; node && node !== boundary; node = node.parentElement) {
    if (node !== editable && isCommentArticle(node)) candidates.push(node);
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      if (isCommentArticle(sibling)) candidates.push(sibling);
    }
  }
  const label = editable.getAttribute('aria-label') ?? '';
  const named = candidates.find((candidate) => {
    const author = commentAuthor(candidate);
    return author !== undefined && label.includes(author);
  });
  return named ?? candidates[0] ?? null;
}

/** Parts of an article that belong to it and not to an article nested inside it (replies to a comment). */
function ownParts(article: Element, selector: string): Element[] {
  return Array.from(article.querySelectorAll(selector)).filter((part) => part.parentElement?.closest(ARTICLE) === article);
}

function commentAuthor(comment: Element): string | undefined {
  const linkName = ownParts(comment, S.commentAuthorLink).map((link) => readableText(link)).find(Boolean);
  if (linkName) return linkName;
  const label = comment.getAttribute('aria-label') ?? '';
  const prefix = COMMENT_AUTHOR_LABEL_PREFIXES.find((known) => label.startsWith(known));
  return prefix ? label.slice(prefix.length).trim() || undefined : undefined;
}

function commentMessage(comment: Element): IncomingMessage | null {
  const paragraph = S.commentParagraph;
  const paragraphs = ownParts(comment, paragraph).filter((part) => !part.closest('a') && !part.parentElement?.closest(paragraph));
  const text = paragraphs.map((part) => readableText(part)).filter(Boolean).join('\n');
  const author = commentAuthor(comment);
  if (!text && !author) return null;
  return { text, author, firstName: firstNameOf(author) };
}

function postMessage(post: Element): IncomingMessage | null {
  const body = post.querySelector(S.postText);
  const text = body ? readableText(body) : '';
  const nameElement = post.querySelector(S.postAuthorName) ?? post.querySelector(S.postAuthor);
  const author = (nameElement && readableText(nameElement)) || undefined;
  if (!text && !author) return null;
  return { text, author, firstName: firstNameOf(author) };
}

function messengerMessage(editable: HTMLElement): IncomingMessage | null {
  let thread: Element | null = editable.parentElement;
  while (thread && !thread.querySelector(S.messengerMessage)) thread = thread.parentElement;
  if (!thread) return null;
  const message = lastIncomingMessage(Array.from(thread.querySelectorAll(S.messengerMessage)), thread);
  const title = thread.querySelector(S.messengerThreadTitle);
  const author = (title && readableText(title)) || undefined;
  return message ? { text: readableText(message), author, firstName: firstNameOf(author) } : null;
}

function describeBox(editable: HTMLElement, location: Pick<Location, 'pathname' | 'hostname'>): ReplyBoxDescription {
  if (isPrivatePath(location.pathname, location.hostname) || isMessengerBox(editable)) return { kind: 'dm', isPublic: false };
  if (editable.matches(REPLY_LABELS) || answeredComment(editable)) return { kind: 'reply', isPublic: true };
  if (editable.matches(COMMENT_LABELS) || postOf(editable)) return { kind: 'comment', isPublic: true };
  return { kind: 'composer', isPublic: true };
}

function findIncoming(editable: HTMLElement): IncomingMessage | null {
  const location = editable.ownerDocument.location;
  const { kind } = describeBox(editable, location ?? { pathname: '/', hostname: 'www.facebook.com' });
  if (kind === 'dm') return messengerMessage(editable);
  if (kind === 'reply') {
    const comment = answeredComment(editable);
    return comment ? commentMessage(comment) : null;
  }
  if (kind === 'comment') {
    const post = postOf(editable);
    return post ? postMessage(post) : null;
  }
  return null;
}

export const facebookAdapter: SiteAdapter = guarded<SiteAdapter>({
  id: 'facebook',
  selectors: S,
  matchesHost: (hostname) => isOnDomain(hostname, ['facebook.com', 'messenger.com']),
  findReplyBoxes: (root) => boxesIn(root),
  describeBox,
  findIncoming,
  findSendButton: (editable) =>
    findOwnControl(editable, SEND_CONTROL, (container, own) => boxesIn(container).some((box) => box !== own)),
  sendKeyFor: () => ({ key: 'Enter', withModifier: false }),
  openShadowRoots: () => [],
  isPrivatePath,
  isHelperDocument: () => false,
});
