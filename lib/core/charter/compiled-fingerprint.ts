// What a compiled charter was built with: the compiled format and the built-in packs, paths, models and engine lexis. A compiled charter
// whose fingerprint differs from this build's was made by another version of Gardefou and is rebuilt from its source text
// (lib/background/charter-sources/recompile-charter.ts). A change to the compiler's output must bump COMPILED_FORMAT.
import { BUILTIN_PACKS, DEFAULT_PATHS } from '../packs';
import { BUILTIN_MODELS } from '../packs/models';
import type { RulePack } from '../packs/types';
import { COMPILED_FORMAT } from './compiled';
import { ENGINE_LEXIS } from './engine-lexis';

export interface FingerprintParts {
  format: string;
  packs: readonly RulePack[];
  paths: unknown;
  models: unknown;
  lexis: unknown;
}

/** 64-bit FNV-1a over the UTF-16 code units, as two 32-bit halves (Math.imul keeps it exact and fast). */
function fnv1a64(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 0x01000193);
    h2 = Math.imul(h2 ^ code, 0x01000193) ^ (h1 >>> 15);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

export function fingerprintOf({ format, packs, paths, models, lexis }: FingerprintParts): string {
  return `${format}+packs:${fnv1a64(JSON.stringify({ packs, paths, models, lexis }))}`;
}

let builtin: string | undefined;

/** This build's fingerprint (computed once: ~0.5 MB of pack, model and word-list data). */
export function compiledFingerprint(): string {
  builtin ??= fingerprintOf({ format: COMPILED_FORMAT, packs: BUILTIN_PACKS, paths: DEFAULT_PATHS, models: BUILTIN_MODELS, lexis: ENGINE_LEXIS });
  return builtin;
}
