// The three site adapters together, for what looks at every site at once (the unit tests, the fixture pages' harness). The
// content scripts do not import this file: each imports only its own site's adapter (entrypoints/*.content.ts, issue 14).
import { facebookAdapter } from './facebook';
import { linkedinAdapter } from './linkedin';
import { siteAdapterFor, type SiteAdapter } from './site-adapter';
import { xAdapter } from './x';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [facebookAdapter, xAdapter, linkedinAdapter];

export function platformAdapterFor(hostname: string): SiteAdapter | null {
  return siteAdapterFor(hostname, SITE_ADAPTERS);
}

export { facebookAdapter, linkedinAdapter, xAdapter };
