// Postal addresses: a street number and street type (French and English), a British postcode, a US "City, ST 12345".
// The brand's own addresses (stores, head office) from the charter are allowed.
import type { BrandContacts } from '../../charter/compiled';
import { lexisPattern } from '../lexis';
import { allMatches, mergeOverlapping, type DetectedSpan } from './types';

function fold(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function findPostalAddresses(text: string, contacts: BrandContacts): DetectedSpan[] {
  const out: DetectedSpan[] = [];
  for (const re of [lexisPattern('frenchStreet'), lexisPattern('englishStreet'), lexisPattern('ukPostcode'), lexisPattern('frenchPostcodeCity')]) {
    for (const m of allMatches(re, text)) {
      const whole = m[1] ?? m[0];
      const start = m.index + m[0].length - whole.length;
      const value = whole.replace(/[\s,.]+$/, '').trimStart();
      const from = start + (whole.length - whole.trimStart().length);
      const folded = fold(value);
      if (contacts.addresses.some((a) => folded.includes(a) || a.includes(folded))) continue;
      out.push({ start: from, end: from + value.length, value });
    }
  }
  return mergeOverlapping(out, text);
}
