// A site adapter is a PlatformAdapter plus what the page-wide search needs from it; the guard keeps DOM surprises from throwing.
import type { Platform } from '../../core/engine/vocabulary';
import type { IncomingMessage, PlatformAdapter, ReplyBoxDescription } from './types';
import type { SelectorTable } from './proven-selector';

export interface SiteAdapter extends PlatformAdapter {
  id: Platform;
  selectors: SelectorTable;
  /** Open shadow roots where the site mounts reply boxes (LinkedIn's #interop-outlet), searched by the fallback too. */
  openShadowRoots(root: Document | ShadowRoot): ShadowRoot[];
  /** Pages where every conversation is private (Messenger, DMs, messaging), whatever the box looks like. */
  isPrivatePath(pathname: string, hostname: string): boolean;
  /** Documents the site loads only as hidden helpers (LinkedIn's /preload/ frame): nothing in them is a reply box. */
  isHelperDocument(pathname: string): boolean;
}

/** What a box is taken for when its description cannot be worked out: public, so public-only rules still fire. */
export const UNKNOWN_BOX: ReplyBoxDescription = { kind: 'comment', isPublic: true };

function orElse<Args extends unknown[], Result>(run: (...args: Args) => Result, fallback: (...args: Args) => Result) {
  return (...args: Args): Result => {
    try {
      return run(...args);
    } catch {
      return fallback(...args);
    }
  };
}

/** Wraps every DOM-reading method so an unexpected page degrades to "nothing found" instead of throwing into the content script. */
export function guarded<Adapter extends PlatformAdapter>(adapter: Adapter): Adapter {
  return {
    ...adapter,
    findReplyBoxes: orElse(adapter.findReplyBoxes, () => []),
    describeBox: orElse(adapter.describeBox, () => UNKNOWN_BOX),
    findIncoming: orElse(adapter.findIncoming, (): IncomingMessage | null => null),
    findSendButton: orElse(adapter.findSendButton, () => null),
  };
}

/** Whether a path equals a prefix or continues it with a new segment ("/messages" matches "/messages/t/1", not "/messagesfoo"). */
export function isUnderPath(pathname: string, prefixes: readonly string[]): boolean {
  return prefixes.some((prefix) => {
    const base = prefix.replace(/\/$/, '');
    return pathname === base || pathname.startsWith(`${base}/`);
  });
}

/** The hostname is the domain itself or one of its subdomains. */
export function isOnDomain(hostname: string, domains: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** The adapter among `adapters` that serves the host, or null: the page then has the generic fallback alone. */
export function siteAdapterFor(hostname: string, adapters: readonly SiteAdapter[]): SiteAdapter | null {
  return adapters.find((adapter) => adapter.matchesHost(hostname)) ?? null;
}
