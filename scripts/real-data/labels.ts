// Our own labels of real rows (PRODUCT.md's categories, conventions in test/corpus/README.md), one JSON object per line:
// {"key", "role": "draft"|"incoming", "labels", "note"?}. Dev rows in test/corpus-real/labels/ (evaluation, and training
// for the trainable sources); blind rows in test/corpus-real/labels-blind/ (evaluation only, measured once).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, type Category } from '../../lib/core/engine/vocabulary';
import type { SourceName } from './sources';

export const LABELS_DIR = join(import.meta.dirname, '../../test/corpus-real/labels');
/** Labels of blind rows, written once at the end of round 3 after the last rule change, and measured once. */
export const BLIND_LABELS_DIR = join(import.meta.dirname, '../../test/corpus-real/labels-blind');

export type Role = 'draft' | 'incoming';

export interface RealLabel {
  key: string;
  role: Role;
  labels: Category[];
  note?: string;
}

/** One source's labels from `dir` (none when it has no file), each line checked: a bad one names its file and line. */
export function readLabels(source: SourceName, dir: string): RealLabel[] {
  const file = join(dir, `${source}.jsonl`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const r = JSON.parse(l) as RealLabel;
      if (!r.key || (r.role !== 'draft' && r.role !== 'incoming') || !Array.isArray(r.labels)) throw new Error(`${file}:${i + 1}: expected {key, role: draft|incoming, labels: [...]}`);
      for (const c of r.labels) if (!(CATEGORIES as readonly string[]).includes(c)) throw new Error(`${file}:${i + 1}: unknown category ${c}`);
      return r;
    });
}
