// Each site's built content script stays within its budget and carries neither zod nor the charter compiler (both live in the background).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { EXTENSION_DIR, SITE_FAMILIES, contentScriptPath } from './harness';

const BACKGROUND = join(EXTENSION_DIR, 'background.js');
// 40 kB held the engine, the four editor families and the overlay; the hardening work (bounded reads, idle warm-up, pages
// that change under a box, counted observers and listeners) brought it to ~41 kB. The budget leaves ~3 kB of headroom,
// so a heavier dependency or a second copy of the engine still fails here.
// 50 kB: this round's work measured 47.9 kB (issue 12's incoming context and possible tier, issue 15's placement and
// new surfaces, issue 16's linear-time interpreter, look-alike folding and fail-closed checks, against issue 14's trims).
// 41 kB: issue 14's trims brought it to 39.9 kB (the engine's word lists and detector keywords travel in the compiled
// charter's lexis instead of the page code; terser instead of esbuild's minifier); with round 2's detection and
// security work merged it is 41,573 bytes, about 0.4 kB under the budget.
// 38 kB: the SMS spellings, typographic folds, language words and look-alike letters joined the lexis, and the selector
// proofs (fixture pages, reasons) left the page code: 38,475 bytes, about 0.4 kB under the budget. Issue 16 asks for
// under 40 kB (met); issue 14 asks for under 35 kB (not yet met).
// 39 kB: with round 3's detection merged (quoted words, the `unless.quoted` check) it is 38,662 bytes; the budget keeps
// about 1.2 kB of headroom and stays under issue 16's 40 kB.
// 37 kB, for each script: issue 14 split the content script into one per site family (meta, x, linkedin), each carrying
// only its own site adapter. The one script was 38,757 bytes; the largest of the three (LinkedIn's) is 36,679 bytes, so
// the budget keeps about 1.2 kB of headroom. Issue 14's 35 kB is still not met.
const GZIP_BUDGET_BYTES = 37 * 1024;

/**
 * Strings only zod's internals, the charter compiler and the engine's lexis contain (checked against the background
 * bundle, which has all three): the lexis (a first name, a praise word, a street type, an SMS spelling, a word that tells French) reaches the page in the compiled
 * charter, never in its code.
 */
const FOREIGN_MARKERS = ['_zod', 'ZodError', 'expected a charter object', 'timothee', 'pleasantly surprised', 'lotissement', 'jcomprends', 'voudrais'];

for (const family of SITE_FAMILIES) {
  test(`the ${family} content script is under 37 kB gzip and has no zod, compiler, lexis or selector proofs in it`, () => {
    const path = contentScriptPath(family);
    const script = readFileSync(path);
    const gzip = gzipSync(script).length;
    console.log(`${path}: ${(script.length / 1024).toFixed(1)} kB raw, ${(gzip / 1024).toFixed(1)} kB gzip, ${gzip} bytes (budget 37 kB gzip)`);
    expect(gzip).toBeLessThan(GZIP_BUDGET_BYTES);

    const background = readFileSync(BACKGROUND, 'utf8');
    const text = script.toString('utf8');
    for (const marker of FOREIGN_MARKERS) {
      expect(background, `the marker "${marker}" must exist where zod and the compiler do`).toContain(marker);
      expect(text, `${family} content script contains "${marker}"`).not.toContain(marker);
    }
    // The selectors' proofs (the fixture pages where each must match) are for the tests: a page name marks them.
    expect(text, `${family} content script carries the selector proofs`).not.toContain('facebook-business-comments');
  });
}
