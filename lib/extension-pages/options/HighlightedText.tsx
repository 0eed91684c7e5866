// Text with the search terms marked, matched whatever their accents or case.
import { matchRanges } from '../../core/phrasing/search-phrasings';

export function HighlightedText({ text, query }: { text: string; query: string }) {
  const ranges = matchRanges(text, query);
  if (ranges.length === 0) return <>{text}</>;
  const parts = [];
  let last = 0;
  for (const range of ranges) {
    if (range.start > last) parts.push(text.slice(last, range.start));
    parts.push(<mark key={range.start}>{text.slice(range.start, range.end)}</mark>);
    last = range.end;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}
