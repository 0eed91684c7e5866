// A charter from a URL (the manager's or the policy's): a conditional fetch, then the usual validation and version check.
import { browser } from 'wxt/browser';
import { charterMetaItem } from '../../shared/storage/charter-items';
import { charterUrlValidatorsItem } from '../../shared/storage/manager-items';
import { applyCharterText, confirmCharterUnchanged, recordCharterProblem, type CharterOrigin } from './apply-charter';
import type { CharterLoadOutcome } from '../../shared/messaging/charter-load-outcome';
import { CHARTER_FETCH_TIMEOUT_MS, fetchCharterUrl, MAX_CHARTER_URL_BYTES, type CharterFetchOptions } from '../../shared/charter-url/fetch-charter-url';

export interface UrlSourceDeps extends CharterFetchOptions {
  now(): Date;
}

/** The origin pattern a host permission is asked for and checked with. */
export function originPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}

export const defaultUrlSourceDeps = (): UrlSourceDeps => ({
  fetch: (...args) => fetch(...args),
  timeoutMs: CHARTER_FETCH_TIMEOUT_MS,
  maxBytes: MAX_CHARTER_URL_BYTES,
  originGranted: (url) => browser.permissions.contains({ origins: [originPattern(url)] }),
  now: () => new Date(),
});

export async function loadCharterFromUrl(from: CharterOrigin & { origin: string }, deps: UrlSourceDeps): Promise<CharterLoadOutcome> {
  const now = deps.now();
  const [meta, validators] = await Promise.all([charterMetaItem.getValue(), charterUrlValidatorsItem.getValue()]);
  // A 304 only means "unchanged" if the charter in force is the one this URL served.
  const inForceFromHere = meta?.source === from.source && meta.origin === from.origin;
  const fetched = await fetchCharterUrl(from.origin, inForceFromHere ? validators : null, deps);
  if (fetched.kind === 'failed') {
    await recordCharterProblem(from, [fetched.failure], fetched.detail ? [fetched.detail] : [], now.toISOString());
    return { status: 'failed', failures: [fetched.failure] };
  }
  if (fetched.kind === 'not-modified') {
    const confirmed = await confirmCharterUnchanged(from, now);
    return confirmed ? { status: 'unchanged', meta: confirmed } : { status: 'failed', failures: [{ kind: 'http-status', status: 304 }] };
  }
  const result = await applyCharterText(fetched.text, from, now);
  if (!result.ok) return { status: 'failed', failures: result.failures, errors: result.errors };
  await charterUrlValidatorsItem.setValue(fetched.validators);
  return { status: 'applied', meta: result.meta, warnings: result.warnings };
}
