// The one place a charter comes into force: compile it, then write the charter items together, or record why it was refused.
import { compileCharterText } from '../charter/compile';
import { formatCharterError } from '../charter/charter-error';
import {
  charterMetaItem,
  charterProblemItem,
  compiledCharterItem,
  type CharterMeta,
  type CharterSource,
} from '../storage/charter-items';
import { storage } from '#imports';

/** Where a charter text came from: its kind and, for a file, URL or policy, which one. */
export interface CharterOrigin {
  source: CharterSource;
  origin?: string;
}

export type CharterApplyResult =
  | { ok: true; meta: CharterMeta; warnings: string[] }
  | { ok: false; errors: string[] };

/** Validates and compiles `text`; on success it becomes the charter in force, on failure the previous one stays and the problem is stored. */
export async function applyCharterText(text: string, from: CharterOrigin, now: Date = new Date()): Promise<CharterApplyResult> {
  const at = now.toISOString();
  const result = compileCharterText(text);
  if (!result.ok) {
    const errors = result.errors.map(formatCharterError);
    await charterProblemItem.setValue({ source: from.source, ...(from.origin ? { origin: from.origin } : {}), at, messages: errors });
    return { ok: false, errors };
  }
  const { charter } = result.compiled;
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
  await storage.setItems([
    { item: compiledCharterItem, value: result.compiled },
    { item: charterMetaItem, value: meta },
    ...(clearsProblem ? [{ item: charterProblemItem, value: null }] : []),
  ]);
  return { ok: true, meta, warnings: result.warnings.map(formatCharterError) };
}
