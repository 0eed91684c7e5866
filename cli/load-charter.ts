// Reads and compiles a charter file for the CLI, the evaluation and the benchmark.
import { readFileSync } from 'node:fs';
import { compileCharterText, type CompileResult } from '../lib/core/charter/compile';
import { readCompiled, writeCompiled } from './compiled-cache';

export function loadCharter(path: string): CompileResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    return { ok: false, errors: [{ path: '', message: `cannot read charter ${path}: ${why}` }] };
  }
  const cached = readCompiled(text);
  if (cached) return cached;
  const result = compileCharterText(text);
  if (result.ok) writeCompiled(text, result);
  return result;
}
