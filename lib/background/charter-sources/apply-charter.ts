// The one place a charter comes into force: compile it, then write the charter items together, or record why it was refused.
import { compileCharterText } from '../../core/charter/compile';
import { formatCharterError } from '../../core/charter/charter-error';
import type { CharterFailure } from '../../shared/storage/charter-failure';
import {
  charterMetaItem,
  charterProblemItem,
  compiledCharterItem,
  type CharterMeta,
  type CharterSource,
} from '../../shared/storage/charter-items';
import { reportApplies, slowRulesItem } from '../../shared/storage/slow-rules';
import { storage } from '#imports';
import { keptSourceEntries } from './kept-charter-source';
import { compareCharterVersions } from './charter-version';

/** Where a charter text came from: its kind and, for a file, URL or policy, which one. */
export interface CharterOrigin {
  source: CharterSource;
  origin?: string;
}

export type CharterApplyResult =
  | { ok: true; meta: CharterMeta; warnings: string[] }
  | { ok: false; errors: string[]; failures: CharterFailure[] };

/** Bundled charters change with the extension itself: only distributed ones are held to "never older than in force". */
const VERSIONED_SOURCES: readonly CharterSource[] = ['file', 'url', 'policy'];

function sameSource(meta: CharterMeta, from: CharterOrigin): boolean {
  return meta.source === from.source && (meta.origin ?? '') === (from.origin ?? '');
}

/** Records a refusal: the charter in force stays, and the problem names the source and what went wrong. */
export async function recordCharterProblem(from: CharterOrigin, failures: CharterFailure[], messages: string[], at: string): Promise<void> {
  await charterProblemItem.setValue({ source: from.source, ...(from.origin ? { origin: from.origin } : {}), at, messages, failures });
}

/** The plain English line for a refusal the caller did not get from the compiler. */
function downgradeLine(failure: Extract<CharterFailure, { kind: 'downgrade' }>): string {
  return `this charter (version ${failure.offered.version}, ${failure.offered.updatedAt}) is older than the one in force (version ${failure.inForce.version}, ${failure.inForce.updatedAt}) from the same source`;
}

/** Validates and compiles `text`; on success it becomes the charter in force, on failure the previous one stays and the problem is stored. */
export async function applyCharterText(text: string, from: CharterOrigin, now: Date = new Date()): Promise<CharterApplyResult> {
  const at = now.toISOString();
  let result: ReturnType<typeof compileCharterText>;
  try {
    result = compileCharterText(text);
  } catch (error) {
    // Never silent: the manager sees the problem, and the last good charter stays in force.
    const errors = [`the charter could not be compiled (${error instanceof Error ? error.message : String(error)})`];
    const failures: CharterFailure[] = [{ kind: 'compile-crashed' }];
    await recordCharterProblem(from, failures, errors, at);
    return { ok: false, errors, failures };
  }
  if (!result.ok) {
    const errors = result.errors.map(formatCharterError);
    const failures: CharterFailure[] = [{ kind: 'invalid-charter' }];
    await recordCharterProblem(from, failures, errors, at);
    return { ok: false, errors, failures };
  }
  const { charter } = result.compiled;
  if (isAfterTomorrow(charter.updatedAt, now)) {
    const failure: CharterFailure = { kind: 'future-date', updatedAt: charter.updatedAt };
    const errors = [`updatedAt: ${charter.updatedAt} is later than tomorrow; a charter dated in the future would block every later update from its source`];
    await recordCharterProblem(from, [failure], errors, at);
    return { ok: false, errors, failures: [failure] };
  }
  const current = await charterMetaItem.getValue();
  if (current && VERSIONED_SOURCES.includes(from.source) && sameSource(current, from) && compareCharterVersions(charter, current) < 0) {
    const failure: CharterFailure = {
      kind: 'downgrade',
      offered: { version: charter.version, updatedAt: charter.updatedAt },
      inForce: { version: current.version, updatedAt: current.updatedAt },
    };
    const errors = [downgradeLine(failure)];
    await recordCharterProblem(from, [failure], errors, at);
    return { ok: false, errors, failures: [failure] };
  }
  const meta: CharterMeta = {
    source: from.source,
    ...(from.origin ? { origin: from.origin } : {}),
    name: charter.name,
    version: charter.version,
    updatedAt: charter.updatedAt,
    lastSuccessAt: at,
  };
  const problem = await charterProblemItem.getValue();
  // A problem stays visible until the source that caused it loads successfully.
  const clearsProblem = problem !== null && problem.source === from.source;
  // "Rule X was too slow" was about the charter in force: another version starts with a clean slate.
  const slowRules = await slowRulesItem.getValue();
  const clearsSlowRules = slowRules !== null && !reportApplies(slowRules, charter);
  await storage.setItems([
    { item: compiledCharterItem, value: result.compiled },
    { item: charterMetaItem, value: meta },
    ...keptSourceEntries(text),
    ...(clearsProblem ? [{ item: charterProblemItem, value: null }] : []),
    ...(clearsSlowRules ? [{ item: slowRulesItem, value: null }] : []),
  ]);
  return { ok: true, meta, warnings: result.warnings.map(formatCharterError) };
}

/** Later than the end of tomorrow (UTC), whatever the time zones of the manager and the CM. */
export function isAfterTomorrow(updatedAt: string, now: Date): boolean {
  const stamp = Date.parse(updatedAt);
  if (Number.isNaN(stamp)) return false;
  const endOfTomorrow = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 2);
  return stamp >= endOfTomorrow;
}

/** A 304 or an identical answer: the charter in force is confirmed current, which the pages show as its last successful update. */
export async function confirmCharterUnchanged(from: CharterOrigin, now: Date = new Date()): Promise<CharterMeta | null> {
  const meta = await charterMetaItem.getValue();
  if (!meta) return null;
  const confirmed: CharterMeta = { ...meta, lastSuccessAt: now.toISOString() };
  const problem = await charterProblemItem.getValue();
  await storage.setItems([
    { item: charterMetaItem, value: confirmed },
    ...(problem !== null && problem.source === from.source ? [{ item: charterProblemItem, value: null }] : []),
  ]);
  return confirmed;
}
