// What the e2e specs read of the statistics: the IndexedDB dumped in the service worker, and the CSV exports of the options page.
import { readFileSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';

/** Every record of every object store of the statistics database, read in the service worker; '' when it does not exist (gotcha G10). */
export function dumpStatsDatabase(serviceWorker: Worker): Promise<string> {
  return serviceWorker.evaluate(async () => {
    // Opening a database the extension has not created yet would create it at version 1 with no stores, and the extension's
    // upgrade would never run: check first.
    const databases = await indexedDB.databases();
    if (!databases.some((database) => database.name === 'gardefou-stats')) return '';
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('gardefou-stats');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const dump: Record<string, unknown[]> = {};
    for (const name of [...db.objectStoreNames]) {
      dump[name] = await new Promise<unknown[]>((resolve) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
      });
    }
    db.close();
    return JSON.stringify(dump);
  });
}

/** RFC 4180 fields: quoted fields may hold the separator, quotes ("") and line breaks. */
export function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

export interface CsvDownload {
  fileName: string;
  /** One object per line, keyed by the header's column names. */
  rows: Record<string, string>[];
}

/** Clicks an export button of the Statistics tab and parses the downloaded file, which must start with a UTF-8 byte-order mark. */
export async function downloadStatsCsv(options: Page, table: string, separator: string): Promise<CsvDownload> {
  const [download] = await Promise.all([options.waitForEvent('download'), options.locator(`[data-export="${table}"]`).click()]);
  const bytes = readFileSync(await download.path());
  if (bytes[0] !== 0xef || bytes[1] !== 0xbb || bytes[2] !== 0xbf) throw new Error(`${table} CSV has no UTF-8 byte-order mark`);
  const [header, ...lines] = parseCsv(bytes.subarray(3).toString('utf8'), separator);
  return {
    fileName: download.suggestedFilename(),
    rows: lines.map((cells) => Object.fromEntries(header.map((column, index) => [column, cells[index] ?? '']))),
  };
}

/**
 * Empties the statistics with the Statistics tab's own button: the content script records as other tests type, and a worker's
 * browser is shared by the spec files that run in it.
 */
export async function clearStatistics(options: Page): Promise<void> {
  await options.getByTestId('clear-statistics').click();
  await options.getByTestId('clear-confirm-button').click();
  await options.getByTestId('stats-empty').waitFor();
}
