// Settings the manager makes in the options page (through the background, which checks the locks and the PIN).
import { storage } from '#imports';
import type { UrlValidators } from '../charter-url/fetch-charter-url';
import type { PinRecord } from '../settings/manager-pin';

/** The charter URL the manager set in "Distribution & modes"; the policy's charterUrl outranks it. */
export const managerCharterUrlItem = storage.defineItem<string | null>('local:managerCharterUrl', { fallback: null, version: 1 });

/** ETag / Last-Modified of the charter in force, if it came from a URL, for the next conditional request. */
export const charterUrlValidatorsItem = storage.defineItem<UrlValidators | null>('local:charterUrlValidators', { fallback: null, version: 1 });

/** The manager PIN as a salted hash; null when no PIN is set. */
export const managerPinItem = storage.defineItem<PinRecord | null>('local:managerPin', { fallback: null, version: 1 });
