// The real-text section of `npm run eval`: real public texts (../shared/data/real) checked through the same check() as
// the corpus, reported two ways.
//   1. Headline figures per source, on every dev row, with the source's own label mapped to our vocabulary
//      (own-case complaint → sav, praise → no path, offensive → insult_vulgar, neither → no insult_vulgar…).
//   2. Per-category precision/recall/F1 and the clean-exchange false-alarm rate on the rows we relabelled ourselves
//      (test/corpus-real/labels/*.jsonl, conventions in test/corpus/README.md).
// Blind rows (isBlind) are skipped unless `blind` is set; then only blind rows are read. The lead runs that once, at the end.
import { existsSync, readdirSync } from 'node:fs';
import { check } from '../../lib/core/engine/check';
import type { CompiledCharter } from '../../lib/core/charter/compiled';
import type { CheckInput, CheckResult } from '../../lib/core/engine/types';
import { CATEGORIES, DRAFT_CATEGORIES, INCOMING_CATEGORIES, type Category } from '../../lib/core/engine/vocabulary';
import { BLIND_LABELS_DIR, LABELS_DIR, readLabels, type Role } from './labels';
import { loadSource, realDataAvailable, REAL_DATA_DIR, SOURCES, type RealRow, type SourceName } from './sources';

/** Categories with fewer labelled rows than this are shown but left out of the headline macro-F1 (one row is 0 or 1). */
const MIN_SUPPORT = 10;

/** How a real text is put to the checker: as the reply being written, or as the message being answered. X, public. */
export function realInput(text: string, role: Role): CheckInput {
  return role === 'draft'
    ? { incoming: '', draft: text, platform: 'x', isPublic: true }
    : { incoming: text, draft: '', platform: 'x', isPublic: true };
}

const incomingSet = new Set<string>(INCOMING_CATEGORIES);
const draftSet = new Set<string>(DRAFT_CATEGORIES);

/** One headline figure: which rows of a source it counts, how the row is checked, and what counts as a success. */
interface Headline {
  source: SourceName;
  name: string;
  role: Role;
  rows: (r: RealRow) => boolean;
  ok: (result: CheckResult) => boolean;
  /** The target the issue sets, as a fraction (undefined: no target, an informative figure). */
  target?: number;
  /** What success means, in words, for the printout. */
  says: string;
}

const has = (c: Category) => (r: CheckResult) => r.categories.includes(c);
const hasNot = (c: Category) => (r: CheckResult) => !r.categories.includes(c);
const noPath = (r: CheckResult) => r.paths.length === 0;
const hateful = (r: RealRow) => r.meta.label_gold === 'hateful';
const profanity = (r: RealRow) => r.meta.functionality === 'profanity_nh';
const sarcastic = (r: RealRow) => r.meta.sarcastic === '1';

export const HEADLINES: Headline[] = [
  { source: 'airline-own-case', name: 'own-case complaints', role: 'incoming', rows: () => true, ok: has('sav'), target: 0.92, says: 'sav raised' },
  { source: 'airline-praise', name: 'praise', role: 'incoming', rows: () => true, ok: noPath, target: 0.96, says: 'no path raised' },
  { source: 'davidson-offensive', name: 'offensive (EN)', role: 'draft', rows: () => true, ok: has('insult_vulgar'), target: 0.92, says: 'insult_vulgar raised' },
  { source: 'mlma-fr-offensive', name: 'offensive (FR)', role: 'draft', rows: () => true, ok: has('insult_vulgar'), target: 0.88, says: 'insult_vulgar raised' },
  { source: 'davidson-neither', name: 'neither (EN)', role: 'draft', rows: () => true, ok: hasNot('insult_vulgar'), target: 0.99, says: 'no insult_vulgar' },
  { source: 'hatecheck-en', name: 'hateful', role: 'draft', rows: hateful, ok: has('insult_vulgar'), says: 'insult_vulgar raised' },
  { source: 'hatecheck-en', name: 'non-hateful (not profanity)', role: 'draft', rows: (r) => !hateful(r) && !profanity(r), ok: hasNot('insult_vulgar'), says: 'no insult_vulgar' },
  { source: 'hatecheck-en', name: 'non-hateful profanity', role: 'draft', rows: profanity, ok: has('insult_vulgar'), says: 'insult_vulgar raised' },
  { source: 'hatecheck-fr', name: 'hateful', role: 'draft', rows: hateful, ok: has('insult_vulgar'), says: 'insult_vulgar raised' },
  { source: 'hatecheck-fr', name: 'non-hateful (not profanity)', role: 'draft', rows: (r) => !hateful(r) && !profanity(r), ok: hasNot('insult_vulgar'), says: 'no insult_vulgar' },
  { source: 'hatecheck-fr', name: 'non-hateful profanity', role: 'draft', rows: profanity, ok: has('insult_vulgar'), says: 'insult_vulgar raised' },
  { source: 'isarcasmeval-train-en', name: 'sarcastic', role: 'draft', rows: sarcastic, ok: has('insult_vulgar'), says: 'insult_vulgar raised (only sarcasm at a person should)' },
  { source: 'isarcasmeval-train-en', name: 'not sarcastic', role: 'draft', rows: (r) => !sarcastic(r), ok: hasNot('insult_vulgar'), says: 'no insult_vulgar' },
  { source: 'isarcasmeval-test-en', name: 'sarcastic', role: 'draft', rows: sarcastic, ok: has('insult_vulgar'), says: 'insult_vulgar raised (only sarcasm at a person should)' },
  { source: 'isarcasmeval-test-en', name: 'not sarcastic', role: 'draft', rows: (r) => !sarcastic(r), ok: hasNot('insult_vulgar'), says: 'no insult_vulgar' },
];

export interface RealEvalOptions {
  /** Read only the blind rows instead of the dev rows. */
  blind: boolean;
  /** List mistakes: a category (labelled rows), a source name (its headline misses), or 'all'. */
  errors?: string;
  /** Restrict to sources whose name starts with this. */
  only?: string;
}

function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(1)} %` : '  -  ';
}

function describe(text: string, result: CheckResult, role: Role): string[] {
  const lines = [`  ${role === 'draft' ? 'OUT' : 'IN '}: ${text.replace(/\s+/g, ' ')}`];
  for (const p of result.paths) lines.push(`  path ${p.id} by ${p.ruleId}: «${text.slice(p.start, p.end)}»`);
  for (const f of result.findings) lines.push(`  finding ${f.ruleId} [${f.category}/${f.severity}]: «${text.slice(f.start, f.end)}»`);
  const possible = (result as CheckResult & { possible?: { ruleId: string; category: string; start: number; end: number; reason?: string; incoming?: boolean }[] }).possible;
  for (const p of possible ?? []) lines.push(`  possible ${p.ruleId} [${p.category}]${p.reason ? ` (${p.reason})` : ''}: «${text.slice(p.start, p.end)}»`);
  return lines;
}

/** Runs the real-text section and prints it. Returns the figures, for callers that compare runs. */
export function runRealEval(charter: CompiledCharter, options: RealEvalOptions): { headlines: Record<string, number>; macroF1: number; cleanAlarmRate: number } | undefined {
  if (!realDataAvailable()) {
    console.log(`\nreal texts: not found in ${REAL_DATA_DIR} (set GARDEFOU_REAL_DATA); section skipped`);
    return undefined;
  }
  const split = options.blind ? 'blind' : 'dev';
  const sources = SOURCES.filter((s) => !options.only || s.startsWith(options.only));
  const rowsBySource = new Map<SourceName, RealRow[]>();
  for (const s of sources) rowsBySource.set(s, loadSource(s).filter((r) => r.blind === options.blind));

  // One check per (source, key, role): the headline and the labelled section share it.
  const cache = new Map<string, CheckResult>();
  const run = (row: RealRow, role: Role): CheckResult => {
    const id = `${row.source}\u0000${row.key}\u0000${role}`;
    let result = cache.get(id);
    if (!result) {
      result = check(realInput(row.text, role), charter);
      cache.set(id, result);
    }
    return result;
  };

  console.log(`\n=== Real texts (${split} rows; ${REAL_DATA_DIR}) ===`);
  console.log('\nHeadline figures, on every ' + split + ' row, the source\'s own label mapped to our categories:');
  console.log('source                   rows  figure                                    result   target');
  const headlines: Record<string, number> = {};
  const errorsFor = options.errors;
  const headlineMisses: string[] = [];
  for (const h of HEADLINES) {
    if (!rowsBySource.has(h.source)) continue;
    const rows = rowsBySource.get(h.source)!.filter(h.rows);
    let good = 0;
    for (const row of rows) {
      const result = run(row, h.role);
      if (h.ok(result)) good++;
      else if (errorsFor === h.source || errorsFor === 'all-sources') {
        headlineMisses.push(`\n${h.source} ${row.key} [${h.name}: expected ${h.says}]`, ...describe(row.text, result, h.role));
      }
    }
    const rate = rows.length ? good / rows.length : NaN;
    headlines[`${h.source} ${h.name}`] = rate;
    const label = `${h.source} ${h.name}`;
    console.log(
      `${h.source.padEnd(22)} ${String(rows.length).padStart(6)}  ${`${h.name}: ${h.says}`.slice(0, 40).padEnd(40)}  ${pct(good, rows.length).padStart(7)}   ${h.target ? `≥ ${Math.round(h.target * 100)} %` : ''}`,
    );
    void label;
  }

  // Our own labels.
  const tally = new Map<Category, { tp: number; fp: number; fn: number }>(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const perFile: { source: SourceName; rows: number; exact: number; clean: number; cleanAlarms: number }[] = [];
  let clean = 0;
  let cleanAlarms = 0;
  let cleanDrafts = 0;
  let cleanDraftAlarms = 0;
  let cleanIncoming = 0;
  let cleanIncomingAlarms = 0;
  let possibleCount = 0;
  const mistakes: string[] = [];
  let skippedOtherSplit = 0;
  const missingKeys: string[] = [];
  const labelsDir = options.blind ? BLIND_LABELS_DIR : LABELS_DIR;
  const labelFiles = new Set(existsSync(labelsDir) ? readdirSync(labelsDir).filter((f) => f.endsWith('.jsonl')).map((f) => f.replace(/\.jsonl$/, '')) : []);
  for (const source of sources) {
    if (!labelFiles.has(source)) continue;
    const byKey = new Map(rowsBySource.get(source)!.map((r) => [r.key, r]));
    const file = { source, rows: 0, exact: 0, clean: 0, cleanAlarms: 0 };
    for (const label of readLabels(source, labelsDir)) {
      const row = byKey.get(label.key);
      if (!row) {
        // A key of the other split is skipped silently (never read); a key found in neither is a labelling error.
        const inOther = loadSourceKeys(source).has(label.key);
        if (inOther) skippedOtherSplit++;
        else missingKeys.push(`${source}:${label.key}`);
        continue;
      }
      const result = run(row, label.role);
      const predicted = new Set(result.categories);
      const expected = new Set(label.labels);
      possibleCount += ((result as CheckResult & { possible?: unknown[] }).possible ?? []).length;
      for (const cat of CATEGORIES) {
        const t = tally.get(cat)!;
        if (predicted.has(cat) && expected.has(cat)) t.tp++;
        else if (predicted.has(cat)) t.fp++;
        else if (expected.has(cat)) t.fn++;
      }
      file.rows++;
      const missed = [...expected].filter((x) => !predicted.has(x));
      const extra = [...predicted].filter((x) => !expected.has(x));
      if (!missed.length && !extra.length) file.exact++;
      if (expected.size === 0) {
        clean++;
        file.clean++;
        if (predicted.size > 0) {
          cleanAlarms++;
          file.cleanAlarms++;
        }
      }
      const sideSet = label.role === 'draft' ? draftSet : incomingSet;
      if (![...expected].some((x) => sideSet.has(x))) {
        const alarm = [...predicted].some((x) => sideSet.has(x));
        if (label.role === 'draft') {
          cleanDrafts++;
          if (alarm) cleanDraftAlarms++;
        } else {
          cleanIncoming++;
          if (alarm) cleanIncomingAlarms++;
        }
      }
      if ((missed.length || extra.length) && errorsFor && (errorsFor === 'all' || missed.includes(errorsFor as Category) || extra.includes(errorsFor as Category))) {
        mistakes.push(
          `\n${source} ${label.key} (${label.role})  missed=${missed.join(',') || '-'}  extra=${extra.join(',') || '-'}${label.note ? `  note: ${label.note}` : ''}`,
          ...describe(row.text, result, label.role),
        );
      }
    }
    perFile.push(file);
  }

  const labelled = perFile.reduce((n, f) => n + f.rows, 0);
  console.log(`\nOur labels (${options.blind ? 'test/corpus-real/labels-blind' : 'test/corpus-real/labels'}), ${labelled} ${split} rows; role draft: draft = text, incoming = ""; role incoming: the reverse; platform x, public:`);
  if (!labelled) {
    console.log(`  no labelled ${split} rows${skippedOtherSplit ? ` (${skippedOtherSplit} labels are for the other split)` : ''}`);
    if (headlineMisses.length) console.log(headlineMisses.join('\n'));
    return { headlines, macroF1: NaN, cleanAlarmRate: NaN };
  }
  console.log('file                     rows  exact match  clean rows  alarms on clean');
  for (const f of perFile) {
    console.log(`${f.source.padEnd(22)} ${String(f.rows).padStart(6)}  ${pct(f.exact, f.rows).padStart(11)}  ${String(f.clean).padStart(10)}  ${pct(f.cleanAlarms, f.clean).padStart(15)}`);
  }
  console.log('\ncategory            support   TP   FP   FN  precision  recall     F1');
  let f1Sum = 0;
  let f1Count = 0;
  let f1SumBig = 0;
  let f1CountBig = 0;
  for (const cat of CATEGORIES) {
    const { tp, fp, fn } = tally.get(cat)!;
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    const f1 = tp === 0 ? (tp + fn > 0 ? 0 : NaN) : (2 * precision * recall) / (precision + recall);
    if (tp + fn > 0) {
      f1Sum += f1;
      f1Count++;
    }
    if (tp + fn >= MIN_SUPPORT) {
      f1SumBig += f1;
      f1CountBig++;
    }
    const f = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');
    console.log(
      `${cat.padEnd(18)} ${String(tp + fn).padStart(8)} ${String(tp).padStart(4)} ${String(fp).padStart(4)} ${String(fn).padStart(4)}  ${f(precision).padStart(9)}  ${f(recall).padStart(6)}  ${f(f1).padStart(5)}`,
    );
  }
  const macroF1 = f1SumBig / Math.max(f1CountBig, 1);
  console.log(`\nmacro F1 over the ${f1CountBig} categories with at least ${MIN_SUPPORT} labelled rows: ${macroF1.toFixed(3)}`);
  console.log(`macro F1 over the ${f1Count} categories with any labelled row (noisy: some have 1 or 2): ${(f1Sum / Math.max(f1Count, 1)).toFixed(3)}`);
  console.log(`false alarms on clean exchanges (no label at all): ${cleanAlarms}/${clean} = ${pct(cleanAlarms, clean)}`);
  console.log(`false alarms on clean drafts (role draft, no draft-side label): ${cleanDraftAlarms}/${cleanDrafts} = ${pct(cleanDraftAlarms, cleanDrafts)}`);
  console.log(`false alarms on clean incoming (role incoming, no path label): ${cleanIncomingAlarms}/${cleanIncoming} = ${pct(cleanIncomingAlarms, cleanIncoming)}`);
  console.log(`"possible" signals shown apart (not counted above): ${possibleCount}`);
  if (missingKeys.length) console.log(`labels whose key is in no source: ${missingKeys.length} (${missingKeys.slice(0, 5).join(', ')}${missingKeys.length > 5 ? '…' : ''})`);
  if (mistakes.length) console.log(mistakes.join('\n'));
  if (headlineMisses.length) console.log(headlineMisses.join('\n'));
  return { headlines, macroF1, cleanAlarmRate: cleanAlarms / Math.max(clean, 1) };
}

const keyCache = new Map<SourceName, Set<string>>();
function loadSourceKeys(source: SourceName): Set<string> {
  let keys = keyCache.get(source);
  if (!keys) {
    // Keys only: the other split's texts are not looked at.
    keys = new Set(loadSource(source).map((r) => r.key));
    keyCache.set(source, keys);
  }
  return keys;
}
