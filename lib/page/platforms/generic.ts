// The fallback for editable fields on a site that its adapter does not recognise: public unless the page is a private one,
// answering nothing, with no known send control. Search boxes, hidden, read-only and tiny fields are not reply boxes.
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
    findSendButton: () => null,
    sendKeyFor: (kind) => site?.sendKeyFor(kind) ?? { key: 'Enter', withModifier: false },
  });
}
