// Statistics are filed under the CM's local calendar day, as `YYYY-MM-DD` strings that sort like the days they name.
import type { LocalDay } from './stats-records';

const pad = (value: number) => String(value).padStart(2, '0');

export function localDay(at: number | Date): LocalDay {
  const date = typeof at === 'number' ? new Date(at) : at;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local day `offset` days after (or before, when negative) the day of `at`; calendar arithmetic, so DST days count once. */
export function shiftLocalDay(at: number, offset: number): LocalDay {
  const date = new Date(at);
  return localDay(new Date(date.getFullYear(), date.getMonth(), date.getDate() + offset, 12));
}

/** The first day of a window of `days` days that ends today. */
export function firstDayOfWindow(now: number, days: number): LocalDay {
  return shiftLocalDay(now, -(Math.max(1, Math.floor(days)) - 1));
}

/** Every day of the window, oldest first. */
export function daysOfWindow(now: number, days: number): LocalDay[] {
  const count = Math.max(1, Math.floor(days));
  return Array.from({ length: count }, (_, index) => shiftLocalDay(now, index - (count - 1)));
}
