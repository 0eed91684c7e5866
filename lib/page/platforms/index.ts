// Entry to the platform adapters: the adapter for a host, and every reply box on a page (site adapter first, fallback for the rest).
import { facebookAdapter } from './facebook';
import { fallbackAdapterFor } from './generic';
import { linkedinAdapter } from './linkedin';
import type { SiteAdapter } from './site-adapter';
import type { PlatformAdapter } from './types';
import { documentIsOnScreen } from './visibility';
import { xAdapter } from './x';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [facebookAdapter, xAdapter, linkedinAdapter];

export function platformAdapterFor(hostname: string): SiteAdapter | null {
  return SITE_ADAPTERS.find((adapter) => adapter.matchesHost(hostname)) ?? null;
}

export interface FoundReplyBox {
  editable: HTMLElement;
  /** The adapter that describes this box, finds what it answers and its send control. */
  adapter: PlatformAdapter;
  /** 'site' when the site adapter recognised the box, 'fallback' for an editable it did not. */
  source: 'site' | 'fallback';
}

/** Whether two editables overlap: the same element, or one inside the other (an editor's inner island). */
function overlaps(a: HTMLElement, b: HTMLElement): boolean {
  return a === b || a.contains(b) || b.contains(a);
}

export function findAllReplyBoxes(doc: Document): FoundReplyBox[] {
  const site = platformAdapterFor(doc.location?.hostname ?? '');
  if (site?.isHelperDocument(doc.location?.pathname ?? '/') || !documentIsOnScreen(doc)) return [];
  const fromSite: FoundReplyBox[] = site ? site.findReplyBoxes(doc).map((editable) => ({ editable, adapter: site, source: 'site' })) : [];
  const fallback = fallbackAdapterFor(site);
  const roots: (Document | ShadowRoot)[] = [doc, ...(site?.openShadowRoots(doc) ?? [])];
  const fromFallback: FoundReplyBox[] = [...new Set(roots.flatMap((root) => fallback.findReplyBoxes(root)))]
    .filter((box) => !fromSite.some((known) => overlaps(known.editable, box)))
    .map((editable) => ({ editable, adapter: fallback, source: 'fallback' }));
  return [...fromSite, ...fromFallback];
}

export { facebookAdapter, linkedinAdapter, xAdapter, fallbackAdapterFor };
