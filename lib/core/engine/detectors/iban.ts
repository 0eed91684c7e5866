// IBANs, confirmed by their ISO 13616 mod-97 checksum so that long order numbers are not mistaken for one.
import { allMatches, type DetectedSpan } from './types';

const CANDIDATE = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}(?:[ \u00A0-]?[A-Za-z0-9]{2,4}){3,8}(?![\p{L}\p{N}])/gu;

export function isValidIban(raw: string): boolean {
  const iban = raw.replace(/[\s\u00A0-]/g, '').toUpperCase();
  if (iban.length < 15 || iban.length > 34) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const value = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of value) remainder = (remainder * 10 + Number(d)) % 97;
  }
  return remainder === 1;
}

/** The longest prefix of the candidate, cut between groups, whose checksum holds (the candidate may run into the next word). */
function validPrefix(candidate: string): string | null {
  let value = candidate;
  while (value.replace(/[\s\u00A0-]/g, '').length >= 15) {
    if (isValidIban(value)) return value;
    const cut = value.search(/[ \u00A0-][A-Za-z0-9]{1,4}$/);
    if (cut < 0) return null;
    value = value.slice(0, cut);
  }
  return null;
}

export function findIbans(text: string): DetectedSpan[] {
  const out: DetectedSpan[] = [];
  for (const m of allMatches(CANDIDATE, text)) {
    const value = validPrefix(m[0]);
    if (value) out.push({ start: m.index, end: m.index + value.length, value });
  }
  return out;
}
