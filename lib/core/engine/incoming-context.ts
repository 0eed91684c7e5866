// What the whole incoming message says about a path trigger found in it: thanks or praise that only mentions the
// service ("great customer service", "thanks for getting my lost bag back") is not an after-sales case, while a
// sarcastic complaint ("thanks for losing my bag") and thanks inside an open case ("thanks, still no refund") are.
// Runs on normalised text (lowercase, no accents, SMS spellings expanded). The word lists come with the compiled
// charter (lexis.ts; written in lib/core/charter/engine-lexis.ts).
import { sentenceOf, type AnalyzedText } from './analyzed-text';
import { fromLexis, wordsRegex } from './lexis';
import type { PossibleReason } from './types';
import type { IncomingCategory } from './vocabulary';

interface PraiseCues {
  praise: RegExp;
  praiseAll: RegExp;
  openCase: RegExp;
  praisedThing: RegExp;
  strongPraise: RegExp;
}

const cues = () =>
  fromLexis<PraiseCues>('incoming', (l) => ({
    praise: wordsRegex(l.praise),
    praiseAll: wordsRegex(l.praise, 'gu'),
    openCase: wordsRegex(l.openCase),
    praisedThing: wordsRegex(l.praisedThing),
    strongPraise: wordsRegex(l.strongPraise),
  }));

/** A question mark: the sender asks something of the brand. */
const QUESTION = /\?/;

/**
 * Praise that is meant: two marks of thanks or praise, or one next to what it praises ("great crew", "thanks for the
 * help"). A lone "Great." or "bravo" after a problem is the sarcastic kind and does not count.
 */
function meantPraise(t: AnalyzedText, c: PraiseCues): boolean {
  const text = t.norm.text;
  if (c.strongPraise.test(text)) return true;
  let count = 0;
  for (const m of text.matchAll(c.praiseAll)) {
    count++;
    if (count >= 2) return true;
    // The sentence, or 30 characters either side when a dot cuts it short ("excellent cust. service").
    const near = text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30);
    if (c.praisedThing.test(sentenceOf(t, m.index).text) || c.praisedThing.test(near)) return true;
  }
  return false;
}

/** Thanks or praise, with nothing that says the sender's own case is still open. */
export function isPraiseOnly(t: AnalyzedText): boolean {
  const text = t.norm.text;
  const c = cues();
  return c.praise.test(text) && !c.openCase.test(text) && !QUESTION.test(text) && meantPraise(t, c);
}

/** Why a path trigger in this incoming message is only a possible path, or undefined when it stands. */
export function incomingDemotion(category: IncomingCategory, t: AnalyzedText, fromModel: boolean): PossibleReason | undefined {
  // Praise demotes an after-sales trigger, and any path a model alone suggests ("Check-in staff are awesome!" is not HR).
  if ((category === 'sav' || fromModel) && isPraiseOnly(t)) return 'praise';
  return undefined;
}
