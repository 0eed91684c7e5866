// Codes that identify a customer's case: order, parcel, withdrawal, return numbers; account and customer ids; SIRET.
// A code is a keyword ("commande n°", "tracking", "code de retrait") followed by a token with digits, or a carrier format.
import { lexisPattern } from '../lexis';
import { allMatches, mergeOverlapping, type DetectedSpan } from './types';

function digitCount(s: string): number {
  return s.replace(/\D/g, '').length;
}

function codes(re: RegExp, text: string, minDigits: number): DetectedSpan[] {
  const out: DetectedSpan[] = [];
  for (const m of allMatches(re, text)) {
    const token = m[1];
    if (digitCount(token) < minDigits || token.length < 4) continue;
    const start = m.index + m[0].lastIndexOf(token);
    out.push({ start, end: start + token.length, value: token });
  }
  return out;
}

export function findOrderCodes(text: string): DetectedSpan[] {
  const out = codes(lexisPattern('orderCode'), text, 3);
  for (const m of allMatches(lexisPattern('carrierCode'), text)) out.push({ start: m.index, end: m.index + m[0].length, value: m[0] });
  return mergeOverlapping(out, text);
}

export function findAccountIds(text: string): DetectedSpan[] {
  return codes(lexisPattern('accountId'), text, 3);
}

export function findSirets(text: string): DetectedSpan[] {
  return codes(lexisPattern('siret'), text, 9);
}
