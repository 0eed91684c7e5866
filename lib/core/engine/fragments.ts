import { ownValue } from './own-key';

// Compiled charters store each lexicon's regex once and reference it as ⟦key⟧; this puts them back.

const FRAGMENT_REF = /⟦([^⟦⟧]+)⟧/g;

/** Replaces every ⟦key⟧ by its fragment (fragments may reference others). */
export function expandFragments(source: string, fragments: Record<string, string> | undefined): string {
  if (!fragments || !source.includes('⟦')) return source;
  let out = source;
  for (let depth = 0; depth < 16 && out.includes('⟦'); depth++) {
    out = out.replace(FRAGMENT_REF, (whole, key: string) => ownValue(fragments, key) ?? whole);
  }
  return out;
}
