// Characters that look like Latin letters, folded to them before matching (after Unicode TR39's confusables, the subset a
// French or English reader takes for a Latin letter): Cyrillic, Greek, Armenian, small capitals and Latin variants.
// Full-width, mathematical and circled letters need no entry: NFKD already folds them. Lowercase only: the text is
// lowercased first.

const PAIRS =
  // Cyrillic
  'аaвbеeёeкkмmнhоoрpсcтtуyхxѕsіiїiјjһhԁdԛqԝwӏlьbүyѵvпnгrиuɡg' +
  // Greek
  'αaβbγyεeηnιiκkνvοoρpτtυuχxωwϲcϳjμuςc' +
  // Armenian
  'օoսuհhոn' +
  // Latin small capitals and variants
  'ıiȷjɑaɩiɪiʀrʏyʙbᴀaᴄcᴅdᴇeꜰfɢgʜhᴊjᴋkʟlᴍmɴnᴏoᴘpꜱsᴛtᴜuᴠvᴡwᴢzɛeɔcøođdħhłlŧtƀbɨiʉu';

export const LOOKALIKES: ReadonlyMap<string, string> = new Map(
  Array.from({ length: [...PAIRS].length / 2 }, (_, i) => {
    const chars = [...PAIRS];
    return [chars[2 * i], chars[2 * i + 1]] as [string, string];
  }),
);

/** Invisible code points outside the BMP table in normalize.ts: tag characters (U+E0000–E007F) and variation selectors. */
export function isInvisibleAstral(cp: number): boolean {
  return (cp >= 0xe0000 && cp <= 0xe007f) || (cp >= 0xe0100 && cp <= 0xe01ef) || (cp >= 0x1d173 && cp <= 0x1d17a);
}

/** Digits read as letters inside a word ("r3mb0urs3"). */
export const LEET_DIGITS: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
