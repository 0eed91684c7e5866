// Reading a charter file and getting its compiled form for the CLI, without loading the compiler when the cache has it.
import { readFileSync } from 'node:fs';
import type { CompileResult } from '../lib/core/charter/compile';
import { readCompiled, writeCompiled } from './compiled-cache';

export type CharterFileText = { ok: true; text: string } | { ok: false; why: string };

/** The file's text, or why it cannot be read in the words the CLI prints ("no such file: PATH"). */
export function readCharterFile(path: string): CharterFileText {
  try {
    return { ok: true, text: readFileSync(path, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? `no such file: ${path}`
        : code === 'EISDIR'
          ? `${path} is a directory, not a charter file`
          : code === 'EACCES'
            ? `permission denied: ${path}`
            : `cannot read ${path}: ${(e as Error).message}`;
    return { ok: false, why };
  }
}

/** Keeps a successful compile of `text` for the next run; returns it. */
export function cacheCompiled(text: string, result: CompileResult): CompileResult {
  if (result.ok) writeCompiled(text, result);
  return result;
}

/**
 * The compiled charter for `gardefou check`: the cached form when this bundle compiled the same text before, else compiled
 * and cached. The compiler (zod, the built-in packs) is imported only then, so `check` on a known charter never parses it.
 */
export async function compileCharterCached(text: string): Promise<CompileResult> {
  const cached = readCompiled(text);
  if (cached) return cached;
  const { compileCharterText } = await import('../lib/core/charter/compile');
  return cacheCompiled(text, compileCharterText(text));
}
