// The bundled CLI keeps each charter it compiled in dist/cli/cache/, keyed by the charter's text and the bundle's build
// id (a hash of every source file it was built from): a `gardefou check` run again on the same charter reads the compiled
// form instead of validating and compiling it again. A rebuilt bundle has another id, so a cache entry never outlives
// the engine that wrote it. Run through tsx (no build id), the CLI does not cache. Only charters, never drafts, are stored.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompileResult } from '../lib/core/charter/compile';

/** Replaced by scripts/build-cli.mjs in the bundle; stays as is when the sources run through tsx. */
const BUILD_ID = '__GARDEFOU_BUILD_ID__';
const KEEP = 16;

type Compiled = Extract<CompileResult, { ok: true }>;

function cacheDir(): string | null {
  if (BUILD_ID.startsWith('__')) return null;
  if (process.env.GARDEFOU_NO_CACHE) return null;
  // Beside the bundle's entry (dist/cli/cache), also when esbuild placed this module in a chunk (dist/cli/chunks/).
  const here = dirname(fileURLToPath(import.meta.url));
  return join(basename(here) === 'chunks' ? dirname(here) : here, 'cache');
}

function entryPath(dir: string, charterText: string): string {
  return join(dir, `${createHash('sha256').update(BUILD_ID).update('\u0000').update(charterText).digest('hex').slice(0, 32)}.json`);
}

export function readCompiled(charterText: string): Compiled | null {
  const dir = cacheDir();
  if (!dir) return null;
  try {
    const entry = JSON.parse(readFileSync(entryPath(dir, charterText), 'utf8')) as Compiled;
    return entry.ok ? entry : null;
  } catch {
    return null;
  }
}

export function writeCompiled(charterText: string, result: Compiled): void {
  const dir = cacheDir();
  if (!dir) return;
  try {
    mkdirSync(dir, { recursive: true });
    const path = entryPath(dir, charterText);
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(result));
    renameSync(temp, path);
    // Only the most recent entries are kept.
    const entries = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
      .sort((a, b) => b.t - a.t);
    for (const { f } of entries.slice(KEEP)) unlinkSync(join(dir, f));
  } catch {
    // A read-only checkout or a full disk: the CLI simply compiles next time too.
  }
}
