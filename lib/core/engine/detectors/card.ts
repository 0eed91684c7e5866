// Payment card numbers (Luhn-valid, 13–19 digits) and the "last four digits" of a card.
import { allMatches, type DetectedSpan } from './types';

const FULL_NUMBER = /(?<![\p{L}\p{N}])\d(?:[ \u00A0-]?\d){12,18}(?![\p{L}\p{N}])/gu;
const LAST_DIGITS =
  /(?:(?:se )?termin\p{L}* par|finissant par|qui finit par|(?:card |carte )?ending(?: in| with)?|ends (?:in|with)|last (?:4|four) digits?(?: are| is)?|4 derniers chiffres(?: sont| :)?|quatre derniers chiffres(?: sont)?)\s*:?\s*(?:[*xX•.]+\s*)?\d{4}(?!\d)|(?:[*xX•]{4}[ -]?){1,3}\d{4}(?!\d)/giu;

export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function findCardDigits(text: string): DetectedSpan[] {
  const out: DetectedSpan[] = [];
  for (const m of allMatches(FULL_NUMBER, text)) {
    const digits = m[0].replace(/\D/g, '');
    if (isLuhnValid(digits) && !/^(\d)\1+$/.test(digits)) out.push({ start: m.index, end: m.index + m[0].length, value: m[0] });
  }
  for (const m of allMatches(LAST_DIGITS, text)) out.push({ start: m.index, end: m.index + m[0].length, value: m[0] });
  return out;
}
