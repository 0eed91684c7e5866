// Reads and compiles a charter file for the evaluation, the benchmark and the tests (synchronously, through the cache).
import { compileCharterText, type CompileResult } from '../lib/core/charter/compile';
import { cacheCompiled, readCharterFile } from './charter-file';
import { readCompiled } from './compiled-cache';

export { readCharterFile, type CharterFileText } from './charter-file';

export function loadCharter(path: string): CompileResult {
  const file = readCharterFile(path);
  if (!file.ok) return { ok: false, errors: [{ path: '', message: file.why }] };
  return readCompiled(file.text) ?? cacheCompiled(file.text, compileCharterText(file.text));
}
