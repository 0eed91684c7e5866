// Postal addresses: a street number and street type (French and English), a British postcode, a US "City, ST 12345".
// The brand's own addresses (stores, head office) from the charter are allowed.
import type { BrandContacts } from '../../charter/compiled';
import { allMatches, mergeOverlapping, type DetectedSpan } from './types';

const FRENCH_STREET =
  /(?<![\p{L}\p{N}])\d{1,4}\s?(?:bis|ter|b|t)?,?\s+(?:rue|avenue|av\.?|bd|boulevard|chemin|ch\.|impasse|all[ée]e|place|pl\.|route|rte|quai|cours|square|r[ée]sidence|lotissement|lieu-dit|hameau|voie|sentier|passage|rond-point|faubourg|fg|cit[ée]|villa|parvis|esplanade|promenade|mont[ée]e)(?![\p{L}])[^\n,;!?]{2,48}(?:,?\s*\d{5}(?:\s+[\p{Lu}][\p{L}'-]+(?:[ -][\p{Lu}][\p{L}'-]+)*)?)?/gu;
const ENGLISH_STREET =
  /(?<![\p{L}\p{N}])\d{1,5}\s+(?:\p{Lu}[\p{L}'.-]*\s){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Way|Place|Pl|Terrace|Close|Crescent|Parkway|Pkwy|Highway|Hwy|Square|Sq)\b\.?(?:,?\s+(?:Apt|Suite|Unit|Flat)\.?\s*\w+)?(?:,\s*\p{Lu}[\p{L} .'-]+(?:,\s*[A-Z]{2})?(?:\s+\d{5}(?:-\d{4})?)?)?/gu;
const UK_POSTCODE = /(?<![\p{L}\p{N}])[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?![\p{L}\p{N}])/gu;
/** "j'habite 8 impasse…, 44000 Nantes": the address after the keyword (group 1). */
const FRENCH_POSTCODE_CITY =
  /(?:habit\p{L}*|domicil\p{L}*|adresse|address|livr\p{L}* (?:au|à|a)|chez (?:moi|elle|lui))\s*(?::\s*)?([^\n.!?]{0,40}?(?<![\p{L}\p{N}])\d{5}\s+\p{Lu}[\p{L}'-]+)/gu;

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
  for (const re of [FRENCH_STREET, ENGLISH_STREET, UK_POSTCODE, FRENCH_POSTCODE_CITY]) {
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
