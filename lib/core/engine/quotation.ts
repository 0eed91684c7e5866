// Where a text quotes someone: the spans between paired quotation marks (« … », “ … ”, " … "). Words there are
// reported, not said by the brand ("un client nous a écrit « tu sais faire quoi ? »"). Single quotes are left out:
// in French and English the same mark is an apostrophe.

const PAIRS: [open: string, close: string][] = [
  ['«', '»'],
  ['“', '”'],
  ['"', '"'],
];

/** A quoted span never runs past this many characters: an unpaired mark does not turn the rest of the draft into a quote. */
const MAX_QUOTE_LENGTH = 400;

/** Is [start, end) of the raw text wholly inside one quotation? */
export function insideQuotation(raw: string, start: number, end: number): boolean {
  for (const [open, close] of PAIRS) {
    const before = raw.lastIndexOf(open, start - 1);
    if (before < 0 || start - before > MAX_QUOTE_LENGTH) continue;
    // With a symmetric mark ("), the opening one is an odd-numbered mark counted from the start.
    if (open === close && countOf(raw, open, before) % 2 === 1) continue;
    // The quotation must not have closed between its opening and the match.
    if (open !== close && raw.lastIndexOf(close, start - 1) > before) continue;
    const after = raw.indexOf(close, end);
    if (after >= 0 && after - before <= MAX_QUOTE_LENGTH) return true;
  }
  return false;
}

function countOf(text: string, mark: string, before: number): number {
  let n = 0;
  for (let i = text.indexOf(mark); i >= 0 && i < before; i = text.indexOf(mark, i + 1)) n++;
  return n;
}
