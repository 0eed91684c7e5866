// Rates and short dates as the statistics view prints them, in the UI language.
import type { Lang } from '../../core/engine/vocabulary';

const locale = (lang: Lang) => (lang === 'fr' ? 'fr-FR' : 'en-GB');

export function formatRate(rate: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}

/** "3 May" / "3 mai": enough on a chart axis whose period is stated next to it. */
export function formatShortDay(day: string, lang: Lang): string {
  // Noon, so the day stays the same in every time zone.
  const date = new Date(`${day}T12:00:00`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: 'short' }).format(date);
}
