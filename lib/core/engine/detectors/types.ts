// A personal-data detector finds spans in the raw draft; the brand's own contacts are filtered by the caller.
import type { BrandContacts } from '../../charter/compiled';

export interface DetectedSpan {
  /** A weak signal on its own (a bare first name + surname, with no role): shown as possible, not counted. */
  weak?: boolean;
  start: number;
  end: number;
  /** The matched value, for allowlist checks (never logged or stored). */
  value: string;
}

export type Detector = (text: string, contacts: BrandContacts) => DetectedSpan[];

export function* allMatches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else yield m;
  }
}

/** Spans sorted by position, overlapping ones merged (two patterns finding the same address or code). */
export function mergeOverlapping(spans: DetectedSpan[], text: string): DetectedSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DetectedSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      if (s.end > last.end) {
        last.end = s.end;
        last.value = text.slice(last.start, last.end);
      }
    } else out.push({ ...s });
  }
  return out;
}

/** The few words before `index`, lowercased and accent-free, to read the context of a number or address. */
export function contextBefore(text: string, index: number, chars = 48): string {
  return text
    .slice(Math.max(0, index - chars), index)
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}
