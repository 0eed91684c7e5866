// The fallback for editable fields on a site that its adapter does not recognise (or a surface whose markup changed): public
// unless the page is a private one, answering nothing, sending with the nearest control labelled like a send button that
// belongs to that box alone. Search boxes, hidden, read-only and tiny fields are not reply boxes.
import { acceptsTyping, uniqueEditableRoots } from './editable-root';
import { guarded, type SiteAdapter } from './site-adapter';
import type { PlatformAdapter, ReplyBoxDescription } from './types';
import { isShown, isTiny } from './visibility';

const CANDIDATE = 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"], [role="textbox"]';
const SEARCH_CONTEXT = '[role="search"], [role="searchbox"], [role="combobox"], [type="search"]';
const SEARCH_HINT = /search|recherch/iu;
const HINT_ATTRIBUTES = ['aria-label', 'aria-placeholder', 'placeholder', 'name', 'id', 'data-testid'];

function looksLikeSearch(editable: HTMLElement): boolean {
  if (editable.closest(SEARCH_CONTEXT)) return true;
  return SEARCH_HINT.test(HINT_ATTRIBUTES.map((name) => editable.getAttribute(name) ?? '').join(' '));
}

export function isPlausibleReplyBox(editable: HTMLElement): boolean {
  return acceptsTyping(editable) && !looksLikeSearch(editable) && isShown(editable) && !isTiny(editable);
}

export function findFallbackBoxes(root: ParentNode): HTMLElement[] {
  return uniqueEditableRoots(root.querySelectorAll(CANDIDATE)).filter(isPlausibleReplyBox);
}

const CONTROL = 'button, [role="button"], input[type="submit"]';
/** Labels of a send control in English and French: "Send", "Reply", "Post", "Comment", "Envoyer", "Répondre", "Publier"… */
const SEND_LABEL = /^(send|reply|post|comment|publish|submit|envoyer|répondre|repondre|publier|commenter)\b/iu;
/** The send control of an unknown box sits close to it: a few wrappers up, not anywhere on the page. */
const MAX_CONTROL_LEVELS = 6;

function controlLabel(control: HTMLElement): string {
  const value = control instanceof HTMLInputElement ? control.value : '';
  return (control.getAttribute('aria-label') || control.getAttribute('title') || value || control.textContent || '').trim();
}

/** The nearest send-like control around the box, never one past an ancestor that also holds another reply box. */
export function findNearbySendControl(editable: HTMLElement): HTMLElement | null {
  let container = editable.parentElement;
  for (let level = 0; container && level < MAX_CONTROL_LEVELS; level++, container = container.parentElement) {
    if (findFallbackBoxes(container).some((box) => box !== editable && !box.contains(editable) && !editable.contains(box))) return null;
    const control = Array.from(container.querySelectorAll<HTMLElement>(CONTROL)).find(
      (found) => !editable.contains(found) && isShown(found) && SEND_LABEL.test(controlLabel(found)),
    );
    if (control) return control;
  }
  return null;
}

/** The fallback on a site's pages keeps the site's identity, private pages and send key; elsewhere it is platform "other". */
export function fallbackAdapterFor(site: SiteAdapter | null): PlatformAdapter {
  const describeBox = (_editable: HTMLElement, location: Pick<Location, 'pathname' | 'hostname'>): ReplyBoxDescription =>
    site?.isPrivatePath(location.pathname, location.hostname) ? { kind: 'dm', isPublic: false } : { kind: 'comment', isPublic: true };
  return guarded<PlatformAdapter>({
    id: site?.id ?? 'other',
    matchesHost: (hostname) => site?.matchesHost(hostname) ?? true,
    findReplyBoxes: findFallbackBoxes,
    describeBox,
    findIncoming: () => null,
    findSendButton: findNearbySendControl,
    sendKeyFor: (kind) => site?.sendKeyFor(kind) ?? { key: 'Enter', withModifier: false },
  });
}
