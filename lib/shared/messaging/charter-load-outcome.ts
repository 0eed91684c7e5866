// What one attempt to load the authoritative charter source came to, for the options page and the tests.
import type { CharterFailure } from '../storage/charter-failure';
import type { CharterMeta } from '../storage/charter-items';

export type CharterLoadOutcome =
  | { status: 'applied'; meta: CharterMeta; warnings: string[] }
  /** A 304 (or nothing new): the charter in force is confirmed current. */
  | { status: 'unchanged'; meta: CharterMeta }
  /** The last good charter stays in force; the problem is stored too. */
  | { status: 'failed'; failures: CharterFailure[]; errors?: string[] }
  /** No URL or policy charter is configured: the imported file or the built-in packs stay as they are. */
  | { status: 'stored' };
