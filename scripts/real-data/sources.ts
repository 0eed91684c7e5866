// The real public texts in ../shared/data/real, read as rows with a stable key, and the blind split we keep untouched.
// Blind rows are measured once at the end (`npm run eval -- --real --blind`); everything else is dev data.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

// The data sits in the workspace's shared/ folder, next to the clone (main) or two levels up (a worktree under wt/).
const CANDIDATES = ['../../../shared/data/real', '../../../../shared/data/real'].map((p) => join(import.meta.dirname, p));
export const REAL_DATA_DIR = process.env.GARDEFOU_REAL_DATA ?? CANDIDATES.find((d) => existsSync(join(d, 'README.md'))) ?? CANDIDATES[0];

/** What the source's own labels say the row is, before our relabelling. */
export type SourceName =
  | 'airline-own-case'
  | 'airline-praise'
  | 'davidson-offensive'
  | 'davidson-neither'
  | 'mlma-fr-offensive'
  | 'isarcasmeval-train-en'
  | 'isarcasmeval-test-en'
  | 'hatecheck-en'
  | 'hatecheck-fr';

export interface RealRow {
  source: SourceName;
  /** Stable across runs: the source's id, or its row key for CSV files. */
  key: string;
  text: string;
  lang: 'en' | 'fr';
  /** The source's own label fields (reason, sentiment, sarcastic, functionality, label_gold…). */
  meta: Record<string, string>;
  blind: boolean;
}

/** Which files a shipped model may learn from (README of the data folder: licences). */
export const TRAINABLE: ReadonlySet<SourceName> = new Set([
  'davidson-offensive',
  'davidson-neither',
  'mlma-fr-offensive',
  'isarcasmeval-train-en',
  'isarcasmeval-test-en',
  'hatecheck-en',
  'hatecheck-fr',
]);

/** FNV-1a, 32 bits: a split that any language can recompute from the key alone. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** One row in four of every file is blind. */
export function isBlind(source: SourceName, key: string): boolean {
  return fnv1a(`${source}:${key}`) % 4 === 0;
}

function jsonl(source: SourceName, lang: 'en' | 'fr'): RealRow[] {
  return readFileSync(join(REAL_DATA_DIR, `${source}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const { id, text, ...rest } = JSON.parse(l) as Record<string, string>;
      return { source, key: id, text, lang, meta: rest, blind: isBlind(source, id) };
    });
}

function csv(source: SourceName, lang: 'en' | 'fr', keyOf: (r: Record<string, string>, i: number) => string, textField: string): RealRow[] {
  const records = parse(readFileSync(join(REAL_DATA_DIR, `${source}.csv`), 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return records.map((r, i) => {
    const key = keyOf(r, i);
    const { [textField]: text, ...meta } = r;
    return { source, key, text: text.trim(), lang, meta, blind: isBlind(source, key) };
  });
}

const LOADERS: Record<SourceName, () => RealRow[]> = {
  'airline-own-case': () => jsonl('airline-own-case', 'en'),
  'airline-praise': () => jsonl('airline-praise', 'en'),
  'davidson-offensive': () => jsonl('davidson-offensive', 'en'),
  'davidson-neither': () => jsonl('davidson-neither', 'en'),
  'mlma-fr-offensive': () => jsonl('mlma-fr-offensive', 'fr'),
  'isarcasmeval-train-en': () => csv('isarcasmeval-train-en', 'en', (r) => r[''], 'tweet'),
  'isarcasmeval-test-en': () => csv('isarcasmeval-test-en', 'en', (_r, i) => String(i), 'text'),
  'hatecheck-en': () => csv('hatecheck-en', 'en', (r) => r.case_id, 'test_case'),
  'hatecheck-fr': () => csv('hatecheck-fr', 'fr', (r) => r.mhc_case_id, 'test_case'),
};

export const SOURCES = Object.keys(LOADERS) as SourceName[];

export function realDataAvailable(): boolean {
  return existsSync(join(REAL_DATA_DIR, 'README.md'));
}

export function loadSource(source: SourceName): RealRow[] {
  return LOADERS[source]();
}
