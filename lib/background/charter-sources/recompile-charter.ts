// After an update of Gardefou (new packs, new compiled format), the charter in force is rebuilt from its kept text, so a
// file-imported charter gets the new built-in rules like the bundled ones do. If the kept text no longer compiles, the
// last good compiled charter stays in force and the options page shows why.
import { compileCharterText, type CompileResult } from '../../core/charter/compile';
import { compiledFingerprint } from '../../core/charter/compiled-fingerprint';
import { formatCharterError } from '../../core/charter/charter-error';
import { charterMetaItem, charterProblemItem, compiledCharterItem, type CharterMeta } from '../../shared/storage/charter-items';
import { charterBuildItem, charterSourceTextItem, type CharterBuild } from '../../shared/storage/charter-source';
import { storage } from '#imports';
import { recordCharterProblem } from './apply-charter';
import { queueCharterUpdate } from './charter-queue';
import { keptSourceEntries } from './kept-charter-source';

export interface RecompileDeps {
  /** This build's fingerprint (tests give another to play an update). */
  fingerprint?: string;
  /** The compiler with this build's packs (tests give other packs). */
  compile?: (text: string) => CompileResult;
  now?: Date;
}

export type RecompileOutcome =
  /** No charter in force, or a bundled one (ensureCharterInForce re-applies those from the extension itself). */
  | { status: 'not-needed' }
  /** Compiled by this build already, or a recompile with this build already failed. */
  | { status: 'current' }
  | { status: 'recompiled' }
  | { status: 'failed'; errors: string[] }
  /** Compiled by an older build that kept no text: a file is flagged; a URL or policy charter comes back at the next refresh. */
  | { status: 'source-not-kept' };

const RECOMPILE_FAILURES = ['recompile-failed', 'source-not-kept'];

function originOf(meta: CharterMeta) {
  return { source: meta.source, ...(meta.origin ? { origin: meta.origin } : {}) };
}

/** Remembers that this build cannot rebuild the charter in force, so the next start does not try (and report) again. */
async function markFailed(build: CharterBuild | null, fingerprint: string): Promise<void> {
  await charterBuildItem.setValue({ fingerprint: build?.fingerprint ?? null, failedFingerprint: fingerprint });
}

async function recompileNow({ fingerprint = compiledFingerprint(), compile = compileCharterText, now = new Date() }: RecompileDeps): Promise<RecompileOutcome> {
  const [meta, compiled, build] = await Promise.all([charterMetaItem.getValue(), compiledCharterItem.getValue(), charterBuildItem.getValue()]);
  if (!meta || !compiled || meta.source === 'builtin' || meta.source === 'demo') return { status: 'not-needed' };
  if (build?.fingerprint === fingerprint || build?.failedFingerprint === fingerprint) return { status: 'current' };
  const text = await charterSourceTextItem.getValue();
  const at = now.toISOString();
  if (text === null) {
    if (meta.source === 'file') {
      await markFailed(build, fingerprint);
      await recordCharterProblem(originOf(meta), [{ kind: 'source-not-kept' }], [], at);
    }
    return { status: 'source-not-kept' };
  }
  const result = compile(text);
  if (!result.ok) {
    const errors = result.errors.map(formatCharterError);
    await markFailed(build, fingerprint);
    await recordCharterProblem(originOf(meta), [{ kind: 'recompile-failed' }], errors, at);
    return { status: 'failed', errors };
  }
  const problem = await charterProblemItem.getValue();
  const clearsProblem = problem !== null && problem.failures.some((failure) => RECOMPILE_FAILURES.includes(failure.kind));
  await storage.setItems([
    { item: compiledCharterItem, value: result.compiled },
    ...keptSourceEntries(text, fingerprint),
    ...(clearsProblem ? [{ item: charterProblemItem, value: null }] : []),
  ]);
  return { status: 'recompiled' };
}

/** At install, update and browser start: rebuilds the charter in force when another build compiled it. */
export function recompileStaleCharter(deps: RecompileDeps = {}): Promise<RecompileOutcome> {
  return queueCharterUpdate(() => recompileNow(deps));
}
