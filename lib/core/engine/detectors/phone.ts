// Phone numbers (French, international, North American, British), except the brand's own, service and toll-free
// numbers, and numbers the sentence presents as the company's ("appelez-nous au", "call our hotline").
import type { BrandContacts } from '../../charter/compiled';
import { lexisPattern } from '../lexis';
import { allMatches, contextBefore, type DetectedSpan } from './types';

function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

/** Service and toll-free ranges: French 08, 3xxx; North American 8xx toll-free; UK 0800/0808/03/0845/0870; +800. */
function isServiceNumber(raw: string, digits: string): boolean {
  const intl = raw.trim().startsWith('+') || raw.trim().startsWith('00');
  const national = intl ? digits.replace(/^00/, '') : digits;
  if (intl) {
    if (national.startsWith('338')) return true;
    if (national.startsWith('800')) return true;
    if (/^1(?:800|888|877|866|855|844|833)/.test(national)) return true;
    if (/^44(?:800|808|3|845|870)/.test(national)) return true;
    return false;
  }
  if (/^08\d{8}$/.test(digits)) return true;
  if (/^1?(?:800|888|877|866|855|844|833)\d{7}$/.test(digits)) return true;
  if (/^0(?:800|808|3\d\d|845|870)\d{6,7}$/.test(digits)) return true;
  return false;
}

function isPlausiblePhone(raw: string, digits: string): boolean {
  const t = raw.trim();
  if (/\d{4}[-/.]\d{2}[-/.]\d{2}|\d{2}[-/.]\d{2}[-/.]\d{4}/.test(t)) return false;
  if (t.startsWith('+') || t.startsWith('00')) return digits.replace(/^00/, '').length >= 8 && digits.length <= 15;
  if (digits.startsWith('0')) return digits.length === 10 || digits.length === 11;
  // Unprefixed: a North American number, grouped like one.
  if (digits.length === 10 || (digits.length === 11 && digits.startsWith('1'))) return /\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}$/.test(t);
  return false;
}

export function brandHasPhone(digits: string, contacts: BrandContacts): boolean {
  const tail = digits.slice(-9);
  return contacts.phones.some((p) => p === tail);
}

export function findPhones(text: string, contacts: BrandContacts): DetectedSpan[] {
  const out: DetectedSpan[] = [];
  for (const m of allMatches(lexisPattern('phoneCandidate'), text)) {
    // Trim a trailing ")" or separator the candidate may have swallowed.
    const value = m[0].replace(/[\s.(-]+$/, '');
    const digits = digitsOf(value);
    if (!isPlausiblePhone(value, digits)) continue;
    if (brandHasPhone(digits, contacts) || isServiceNumber(value, digits)) continue;
    if (lexisPattern('companyContext').test(contextBefore(text, m.index))) continue;
    out.push({ start: m.index, end: m.index + value.length, value });
  }
  return out;
}
