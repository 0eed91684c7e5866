// Accent- and case-insensitive search over approved phrasings: every word of the query must appear somewhere in the entry.
import { foldForSearch, foldWithOffsets } from './fold-text';

export function queryTerms(query: string): string[] {
  return foldForSearch(query).split(' ').filter(Boolean);
}

/** Keeps the entries whose searchable texts contain every term of the query (all entries for an empty query), in their order. */
export function searchByTerms<T>(entries: readonly T[], query: string, searchableTexts: (entry: T) => readonly string[]): T[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [...entries];
  return entries.filter((entry) => {
    const haystack = searchableTexts(entry).map(foldForSearch).join('\n');
    return terms.every((term) => haystack.includes(term));
  });
}

export interface TextRange {
  start: number;
  end: number;
}

/** Where the query's terms occur in `text` (original offsets, merged, in order), for highlighting. */
export function matchRanges(text: string, query: string): TextRange[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const { folded, origin } = foldWithOffsets(text);
  const ranges: TextRange[] = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
      // End where the next original character starts, so a surrogate pair, a ligature or a trailing accent stays whole.
      ranges.push({ start: origin[at], end: nextOrigin(origin, at + term.length - 1, text.length) });
    }
  }
  return mergeRanges(ranges);
}

/** The original index where the folded character after `unit` starts (or the end of the text). */
function nextOrigin(origin: number[], unit: number, textLength: number): number {
  for (let next = unit + 1; next < origin.length; next++) if (origin[next] !== origin[unit]) return origin[next];
  return textLength;
}

function mergeRanges(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
