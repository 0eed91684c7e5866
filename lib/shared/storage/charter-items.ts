// The charter in force, as the background stores it for content scripts and pages (typed WXT storage items).
// Only the background writes these; a broken charter never replaces a working one.
import { storage } from '#imports';
import type { CompiledCharter } from '../../core/charter/compiled';
import type { CharterFailure } from './charter-failure';

export type CharterSource = 'builtin' | 'file' | 'url' | 'policy' | 'demo';

export interface CharterMeta {
  source: CharterSource;
  /** File name, URL, or policy key the charter came from. */
  origin?: string;
  name: string;
  version: string;
  updatedAt: string;
  /** When the charter in force was last loaded or confirmed unchanged (ISO time). */
  lastSuccessAt: string;
}

export interface CharterProblem {
  source: CharterSource;
  origin?: string;
  at: string;
  /** Plain-language lines, each naming the field or the failure (HTTP status, timeout…). */
  messages: string[];
  /** What went wrong, as data the pages word in the reader's language (absent in problems stored before it existed). */
  failures?: CharterFailure[];
}

export const compiledCharterItem = storage.defineItem<CompiledCharter | null>('local:compiledCharter', { fallback: null });
export const charterMetaItem = storage.defineItem<CharterMeta | null>('local:charterMeta', { fallback: null });
/** The last failed attempt to load a charter, cleared by the next success from the same source. */
export const charterProblemItem = storage.defineItem<CharterProblem | null>('local:charterProblem', { fallback: null });
