// The text of the charter in force and what its compiled form was built with, so the background can rebuild it when an
// update of Gardefou changes the packs or the compiled format. Only the background reads these: they live in their own
// file so that content scripts and pages, which import charter-items.ts, never load a charter text of up to 2 MB.
import { storage } from '#imports';

/** The charter text the compiled charter in force was compiled from (file, URL, policy or bundled), as it came. */
export const charterSourceTextItem = storage.defineItem<string | null>('local:charterSourceText', { fallback: null, version: 1 });

export interface CharterBuild {
  /** compiledFingerprint() of the build that compiled the charter in force; null when that build recorded none. */
  fingerprint: string | null;
  /** A build whose recompile of the kept text failed: not retried until the fingerprint changes again. */
  failedFingerprint?: string;
}

/** Written with the compiled charter, in the same storage.setItems call. */
export const charterBuildItem = storage.defineItem<CharterBuild | null>('local:charterBuild', { fallback: null, version: 1 });
