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
  /** What went wrong, as data the pages word in the reader's language (version 2; version 1 problems had none). */
  failures: CharterFailure[];
}

/** Version 1 problems (before failures existed) carried their lines only. Idempotent: storage.setItems writes no version. */
export function migrateCharterProblemToV2(problem: Omit<CharterProblem, 'failures'> & { failures?: CharterFailure[] }): CharterProblem {
  return { ...problem, failures: problem.failures ?? [] };
}

// Each item has a version; a change of its stored shape bumps it and adds the migration from the previous one (WXT runs
// them in every context that loads the item, so a migration stays small and idempotent). A compiled charter in an older
// format is not migrated here but recompiled from its kept text (lib/background/charter-sources/recompile-charter.ts).
export const compiledCharterItem = storage.defineItem<CompiledCharter | null>('local:compiledCharter', { fallback: null, version: 1 });
export const charterMetaItem = storage.defineItem<CharterMeta | null>('local:charterMeta', { fallback: null, version: 1 });
/** The last failed attempt to load a charter, cleared by the next success from the same source. */
export const charterProblemItem = storage.defineItem<CharterProblem | null>('local:charterProblem', {
  fallback: null,
  version: 2,
  migrations: { 2: migrateCharterProblemToV2 },
});
