// The real texts a shipped model may learn from, as draft-side training rows, with a fixed validation fold.
// Only TRAINABLE sources (licences: ../shared/data/real/README.md), never a blind row, never an airline file.
// Our own labels (test/corpus-real/labels/*.jsonl, PRODUCT.md's definitions) win over what the source's label implies.
import { LABELS_DIR, readLabels } from './labels';
import { fnv1a, loadSource, TRAINABLE, type RealRow, type SourceName } from './sources';

export interface TrainingRow {
  source: SourceName;
  key: string;
  /** The text as a CM would type it: HTML entities decoded, retweet markers removed. */
  text: string;
  lang: 'en' | 'fr';
  /** Our labels when we relabelled the row; otherwise null. */
  labels: string[] | null;
  /** Whether the row is `insult_vulgar`: from our label when there is one, else from the source's label; null when neither says. */
  insult: boolean | null;
  /** One trainable dev row in five: kept out of training, used to choose thresholds and to report. */
  validation: boolean;
}

/** Fixed, recomputable from the key alone, and independent of the blind split (which uses `source:key` unsalted). */
export function isValidation(source: SourceName, key: string): boolean {
  return fnv1a(`validation:${source}:${key}`) % 5 === 0;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Davidson's tweets hold HTML entities (&amp;, &#128514;) and "RT @x:" markers, which a draft in a reply box never has. */
export function cleanTweet(text: string): string {
  return text
    .replace(/&#(\d+);?/g, (_m, code: string) => {
      const n = Number(code);
      return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : ' ';
    })
    .replace(/&([a-z]+);/gi, (m, name: string) => ENTITIES[name.toLowerCase()] ?? m)
    .replace(/\bRT\b\s*(@\w+:?)?/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What the source's own label implies for `insult_vulgar` (the data README and test/corpus-real/conventions-*.md). */
function sourceInsult(row: RealRow): boolean | null {
  switch (row.source) {
    case 'davidson-offensive':
      return true;
    case 'mlma-fr-offensive':
      // Not read from the source: in our relabelled half, 31 % of MLMA's "offensive" tweets hold no insult, only
      // political or personal content (personal_offbrand). A model fed those learns that French opinions are insults.
      return null;
    case 'davidson-neither':
      return false;
    case 'hatecheck-en':
    case 'hatecheck-fr':
      return row.meta.label_gold === 'hateful' || row.meta.functionality === 'profanity_nh';
    default:
      // iSarcasmEval: sarcasm alone does not decide (only our labels say whether it is aimed at someone), but a tweet
      // its own author calls plain is read as clean; in our relabelled sample, 7 such rows in 120 held an insult.
      return row.meta.sarcastic === '0' ? false : null;
  }
}

/** Our draft-side labels of the source's dev rows, by key. */
function ourLabels(source: SourceName): Map<string, string[]> {
  return new Map(readLabels(source, LABELS_DIR).filter((l) => l.role === 'draft').map((l) => [String(l.key), l.labels]));
}

/** Every trainable, non-blind real row, in a stable order. */
export function trainingRows(): TrainingRow[] {
  const rows: TrainingRow[] = [];
  for (const source of [...TRAINABLE].sort()) {
    if ((source as string).startsWith('airline')) throw new Error(`${source} is evaluation-only`);
    const labelled = ourLabels(source);
    for (const row of loadSource(source)) {
      if (row.blind) continue;
      const labels = labelled.get(row.key) ?? null;
      rows.push({
        source,
        key: row.key,
        text: cleanTweet(row.text),
        lang: row.lang,
        labels,
        insult: labels ? labels.includes('insult_vulgar') : sourceInsult(row),
        validation: isValidation(source, row.key),
      });
    }
  }
  return rows;
}
