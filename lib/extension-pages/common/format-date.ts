// Dates for people: a charter's `updatedAt` is often a bare day, a load time a full timestamp.
import type { Lang } from '../../core/engine/vocabulary';

const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A readable date (and time when the value has one) in the UI language; the raw value when it does not parse. */
export function formatDateForPeople(value: string | undefined, lang: Lang): string {
  if (!value) return '';
  const dayOnly = DAY_ONLY.test(value);
  // A bare day parsed as UTC midnight would show the day before west of Greenwich.
  const date = new Date(dayOnly ? `${value}T12:00:00` : value);
  if (Number.isNaN(date.getTime())) return value;
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  return new Intl.DateTimeFormat(locale, dayOnly ? { dateStyle: 'long' } : { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** The time of day, hours and minutes, as a person reads it in the UI language ("14:05"). */
export function formatTimeForPeople(at: number, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { hour: '2-digit', minute: '2-digit' }).format(at);
}
