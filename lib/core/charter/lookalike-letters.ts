// Characters that look like Latin letters, folded to them before matching (after Unicode TR39's confusables, the subset a
// French or English reader takes for a Latin letter): Cyrillic, Greek, Armenian, small capitals and Latin variants.
// Full-width, mathematical and circled letters need no entry: NFKD already folds them. Lowercase only: the text is
// lowercased first. Part of the engine lexis (engine-lexis.ts): lookalikes.ts reads them from the compiled charter.

/** Pairs of characters: a look-alike, then the Latin letter it passes for. */
export const LOOKALIKE_LETTERS =
  // Cyrillic
  'аaвbеeёeкkмmнhоoрpсcтtуyхxѕsіiїiјjһhԁdԛqԝwӏlьbүyѵvпnгrиuɡg' +
  // Greek
  'αaβbγyεeηnιiκkνvοoρpτtυuχxωwϲcϳjμuςc' +
  // Armenian
  'օoսuհhոn' +
  // Latin small capitals and variants
  'ıiȷjɑaɩiɪiʀrʏyʙbᴀaᴄcᴅdᴇeꜰfɢgʜhᴊjᴋkʟlᴍmɴnᴏoᴘpꜱsᴛtᴜuᴠvᴡwᴢzɛeɔcøođdħhłlŧtƀbɨiʉu';
