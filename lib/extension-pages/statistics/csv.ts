// CSV a spreadsheet opens as is: UTF-8 with a byte-order mark (Excel), CRLF lines, RFC 4180 quoting, the separator chosen by the user.
import type { StatsCell } from './stats-tables';

/** `;` is what Excel expects where the decimal mark is a comma (French), `,` elsewhere. */
export const CSV_SEPARATORS = [';', ','] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

const BYTE_ORDER_MARK = '\uFEFF';
/** A cell starting like a formula would run in Excel (CSV injection): the leading apostrophe makes it text. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: StatsCell, separator: CsvSeparator): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  const needsQuotes = text.includes(separator) || /["\r\n]/.test(text) || text !== text.trim();
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: readonly string[], rows: readonly (readonly StatsCell[])[], separator: CsvSeparator): string {
  const lines = [columns, ...rows].map((cells) => cells.map((cell) => csvCell(cell, separator)).join(separator));
  return `${BYTE_ORDER_MARK}${lines.join('\r\n')}\r\n`;
}
