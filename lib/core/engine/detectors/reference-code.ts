// Codes that identify a customer's case: order, parcel, withdrawal, return numbers; account and customer ids; SIRET.
// A code is a keyword ("commande n°", "tracking", "code de retrait") followed by a token with digits, or a carrier format.
import { allMatches, mergeOverlapping, type DetectedSpan } from './types';

const CODE_TOKEN = '([A-Za-z0-9][A-Za-z0-9-]{2,}[A-Za-z0-9])';
// Up to three linking words between the keyword and the code: "commande n°", "code de retrait est le", "customer ID is".
const LINK =
  "(?:\\s*(?:n[°oº]\\.?|num(?:[ée]ro|ber)?\\.?|no\\.?|nr\\.?|#|:|=|de|d'|du|code|id|ref\\.?|client|customer|est|is|was|le|la|the|your|votre|bien|:)(?![\\p{L}])){0,3}\\s*(?:[:#]\\s*)?";

function keywordCodes(keywords: string): RegExp {
  // A token followed by a currency or a unit is an amount ("commande de 1500 €"), not a code.
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${keywords})${LINK}${CODE_TOKEN}(?![\\p{L}\\p{N}])(?!\\s?(?:€|\\$|£|%|eur\\b|euros?\\b|dollars?\\b|jours?\\b|days?\\b|h\\b|heures?\\b|hours?\\b|mois\\b|months?\\b|ans?\\b|years?\\b|articles?\\b|items?\\b))`,
    'giu',
  );
}

const ORDER_KEYWORDS =
  "commandes?|cdes?|cmds?|orders?|colis|parcels?|packages?|suivi|tracking|(?:num[ée]ro|n°) de suivi|tracking (?:number|code|id)|envoi|exp[ée]dition|shipment|ticket|tickets|dossier|case|(?:votre|your|booking|order|commande|colis|dossier|ticket) r[ée]f[ée]rence|r[ée]f[ée]rence (?:de |du )?(?:commande|colis|dossier|ticket|client|suivi)|reference number|ref number|code de retrait|retrait|pick[- ]?up(?: code)?|collection code|withdrawal(?: code)?|retour|return|rma|facture|invoice|bon de commande|confirmation|booking|r[ée]servation|reservation|awb|lettre de voiture";
const ACCOUNT_KEYWORDS =
  'identifiant client|identifiant|login|user ?name|user ?id|id client|client id|customer (?:id|number|no)|account (?:id|number|no)|num[ée]ro (?:de )?client|n° (?:de )?client|num[ée]ro (?:de )?compte|n° (?:de )?compte|compte client|contrat|contract|abonn[ée]|membership|member (?:id|number)|carte fid[ée]lit[ée]|loyalty (?:card|number)|n° adh[ée]rent';

const ORDER = keywordCodes(ORDER_KEYWORDS);
const ACCOUNT = keywordCodes(ACCOUNT_KEYWORDS);
/** Carrier formats that need no keyword: UPS 1Z…, UPU S10 (LA123456789FR), Colissimo 6A12345678901, "#123456". */
const CARRIER = /(?<![\p{L}\p{N}])(?:1Z[0-9A-Z]{16}|[A-Z]{2}\d{9}[A-Z]{2}|\d[A-Z]\d{11})(?![\p{L}\p{N}])|(?<![\p{L}\p{N}&#])#\d{5,}(?![\p{L}\p{N}])/gu;
const SIRET = /(?<![\p{L}\p{N}])(?:siret|siren)\s*(?:n°|:)?\s*(\d{3}\s?\d{3}\s?\d{3}(?:\s?\d{5})?)(?![\p{L}\p{N}])/giu;

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
  const out = codes(ORDER, text, 3);
  for (const m of allMatches(CARRIER, text)) out.push({ start: m.index, end: m.index + m[0].length, value: m[0] });
  return mergeOverlapping(out, text);
}

export function findAccountIds(text: string): DetectedSpan[] {
  return codes(ACCOUNT, text, 3);
}

export function findSirets(text: string): DetectedSpan[] {
  return codes(SIRET, text, 9);
}
