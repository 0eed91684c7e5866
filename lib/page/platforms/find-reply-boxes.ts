// Every reply box on a page: the site adapter's first, the fallback's for the rest. The site adapter is an input, so each
// site's content script carries only its own (issue 14).
import { fallbackAdapterFor } from './generic';
import type { SiteAdapter } from './site-adapter';
import type { PlatformAdapter } from './types';
import { documentIsOnScreen } from './visibility';

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

/** `site` is the adapter of the document's host (see siteAdapterFor), or null where none serves it. */
export function findAllReplyBoxes(doc: Document, site: SiteAdapter | null): FoundReplyBox[] {
  if (site?.isHelperDocument(doc.location?.pathname ?? '/') || !documentIsOnScreen(doc)) return [];
  const fromSite: FoundReplyBox[] = site ? site.findReplyBoxes(doc).map((editable) => ({ editable, adapter: site, source: 'site' })) : [];
  const fallback = fallbackAdapterFor(site);
  const roots: (Document | ShadowRoot)[] = [doc, ...(site?.openShadowRoots(doc) ?? [])];
  const fromFallback: FoundReplyBox[] = [...new Set(roots.flatMap((root) => fallback.findReplyBoxes(root)))]
    .filter((box) => !fromSite.some((known) => overlaps(known.editable, box)))
    .map((editable) => ({ editable, adapter: fallback, source: 'fallback' }));
  return [...fromSite, ...fromFallback];
}
