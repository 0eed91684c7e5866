// Asks for the charter URL's origin at run time. Called first thing in the click handler: the browser only shows the
// prompt during the click's user gesture. Without the permission Gardefou still tries a plain CORS request.
import { browser } from 'wxt/browser';
import { parseHttpUrl } from '../../shared/charter-url/fetch-charter-url';

export type OriginAccess = 'granted' | 'not-granted';

/** The origin to ask for, or null when none can be: the manifest offers HTTPS origins only (docs/permissions.md). */
export function originPatternOf(url: string): string | null {
  const parsed = parseHttpUrl(url);
  return parsed?.protocol === 'https:' ? `${parsed.origin}/*` : null;
}

export function requestOriginAccess(url: string): Promise<OriginAccess> {
  const pattern = originPatternOf(url);
  if (!pattern) return Promise.resolve('not-granted');
  return browser.permissions.request({ origins: [pattern] }).then(
    (granted) => (granted ? 'granted' : 'not-granted'),
    () => 'not-granted',
  );
}

export async function hasOriginAccess(url: string): Promise<boolean> {
  const pattern = originPatternOf(url);
  if (!pattern) return false;
  try {
    return await browser.permissions.contains({ origins: [pattern] });
  } catch {
    return false;
  }
}
