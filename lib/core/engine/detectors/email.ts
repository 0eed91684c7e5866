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

export function findEmails(text: string, contacts: BrandContacts): DetectedSpan[] {
  const out: DetectedSpan[] = [];
  for (const m of allMatches(lexisPattern('email'), text)) {
    if (!isCompanyEmail(m[0], contacts)) out.push({ start: m.index, end: m.index + m[0].length, value: m[0] });
  }
  return out;
}
