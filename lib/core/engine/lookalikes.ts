// Look-alike characters folded to the Latin letter they pass for: the pairs come with the compiled charter (lexis.ts;
// written in lib/core/charter/lookalike-letters.ts), the content script carries only the code that reads them.
import { fromLexis } from './lexis';

/** Look-alike character → Latin letter, lowercase (built once per lexis). */
export const lookalikes = (): ReadonlyMap<string, string> =>
  fromLexis('lookalikes', (l) => {
    const chars = [...l.lookalikes];
    return new Map(Array.from({ length: chars.length / 2 }, (_, i) => [chars[2 * i], chars[2 * i + 1]] as [string, string]));
  });

/** Invisible code points outside the BMP table in normalize.ts: tag characters (U+E0000–E007F) and variation selectors. */
export function isInvisibleAstral(cp: number): boolean {
  return (cp >= 0xe0000 && cp <= 0xe007f) || (cp >= 0xe0100 && cp <= 0xe01ef) || (cp >= 0x1d173 && cp <= 0x1d17a);
}

/** Digits read as letters inside a word ("r3mb0urs3"). */
export const LEET_DIGITS: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
