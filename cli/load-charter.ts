// Reads and compiles a charter file for the CLI, the evaluation and the benchmark.
import { readFileSync } from 'node:fs';
import { compileCharterText, type CompileResult } from '../lib/core/charter/compile';
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

export function loadCharter(path: string): CompileResult {
  const file = readCharterFile(path);
  if (!file.ok) return { ok: false, errors: [{ path: '', message: file.why }] };
  const cached = readCompiled(file.text);
  if (cached) return cached;
  const result = compileCharterText(file.text);
  if (result.ok) writeCompiled(file.text, result);
  return result;
}
