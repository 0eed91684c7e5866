// Email addresses, except the brand's own and role addresses (support@, presse@…) that belong to a company.
import type { BrandContacts } from '../../charter/compiled';
import { lexisPattern } from '../lexis';
import { allMatches, type DetectedSpan } from './types';

export function isCompanyEmail(email: string, contacts: BrandContacts): boolean {
  const lower = email.toLowerCase();
  const [local, domain] = lower.split('@');
  if (contacts.emails.includes(lower)) return true;
  if (contacts.domains.some((d) => domain === d || domain.endsWith(`.${d}`))) return true;
  // "recrutement.rennes@…": a role word followed by a team or place is still a role mailbox.
  return lexisPattern('roleMailbox').test(local) || lexisPattern('roleMailbox').test(local.split(/[._+-]/)[0]);
}

/** "jean (at) gmail (dot) com" as the address it spells, so the brand's own stays recognised. */
const spelledOut = (email: string): string => email.replace(lexisPattern('emailSpelledAt'), '@').replace(lexisPattern('emailSpelledDot'), '.');

export function findEmails(text: string, contacts: BrandContacts): DetectedSpan[] {
  const out: DetectedSpan[] = [];
  for (const m of allMatches(lexisPattern('email'), text)) {
    const email = m[0].includes('@') ? m[0] : spelledOut(m[0]);
    if (!isCompanyEmail(email, contacts)) out.push({ start: m.index, end: m.index + m[0].length, value: email });
  }
  return out;
}
