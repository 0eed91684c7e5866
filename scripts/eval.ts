// `npm run eval`: precision, recall and F1 per category on the labelled corpus, and the false-alarm rate on clean cases.
//   npm run eval -- [--charter FILE] [--corpus DIR] [--only fr|en] [--rules-only] [--errors [CATEGORY]]
//   npm run eval -- --real [--errors CATEGORY|SOURCE|all|all-sources] [--source PREFIX]   the real-text section only
//   npm run eval -- --real --blind                                                        the blind rows, once, at the end
// Without --corpus or --real, both sections are printed: the labelled corpus (test/corpus), then the real texts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { check } from '../lib/core/engine/check';
import type { CheckResult } from '../lib/core/engine/types';
import { CATEGORIES, DRAFT_CATEGORIES, type Category } from '../lib/core/engine/vocabulary';
import { formatCharterError } from '../lib/core/charter/charter-error';
import { parseCaseLine, type CaseLine } from '../cli/case-line';
import { loadCharter } from '../cli/load-charter';
import { runRealEval } from './real-data/real-eval';

const { values } = parseArgs({
  options: {
    charter: { type: 'string', default: 'charters/brandtruc.json' },
    corpus: { type: 'string', default: 'test/corpus' },
    only: { type: 'string' },
    errors: { type: 'string' },
    'all-errors': { type: 'boolean', default: false },
    'rules-only': { type: 'boolean', default: false },
    real: { type: 'boolean', default: false },
    blind: { type: 'boolean', default: false },
    source: { type: 'string' },
  },
});
const corpusGiven = process.argv.slice(2).some((a) => a === '--corpus' || a.startsWith('--corpus='));
if (values.blind && !values.real) {
  console.error('--blind only applies to the real-text section: npm run eval -- --real --blind');
  process.exit(2);
}

const loaded = loadCharter(values.charter!);
if (!loaded.ok) {
  console.error(`cannot load ${values.charter}:\n${loaded.errors.map(formatCharterError).join('\n')}`);
  process.exit(2);
}

// --rules-only: measure the rules without the built-in classifiers, to see what the models add.
const charter = values['rules-only'] ? { ...loaded.compiled, rules: loaded.compiled.rules.filter((r) => r.kind !== 'classifier') } : loaded.compiled;

if (!values.real) runCorpus();
if (values.real || !corpusGiven) runRealEval(charter, { blind: values.blind!, errors: values.real ? values.errors : undefined, only: values.source });

interface Labelled extends CaseLine {
  labels: Category[];
  file: string;
}

function runCorpus(): void {
  const cases: Labelled[] = [];
  for (const file of readdirSync(values.corpus!).filter((f) => f.endsWith('.jsonl')).sort()) {
    if (values.only && !file.startsWith(`${values.only}-`)) continue;
    readFileSync(join(values.corpus!, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        const parsed = parseCaseLine(line);
        const labels = parsed.record.labels;
        if (!Array.isArray(labels)) throw new Error(`${file}:${i + 1}: "labels" must be a list`);
        cases.push({ ...parsed, labels: labels as Category[], file });
      });
  }

  const tally = new Map<Category, { tp: number; fp: number; fn: number }>(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const mistakes: { c: Labelled; result: CheckResult; missed: Category[]; extra: Category[] }[] = [];
  let clean = 0;
  let cleanAlarms = 0;
  let cleanDrafts = 0;
  let cleanDraftAlarms = 0;
  const draftSet = new Set<string>(DRAFT_CATEGORIES);

  for (const c of cases) {
    const result = check(c.input, charter);
    const predicted = new Set(result.categories);
    const expected = new Set(c.labels);
    for (const cat of CATEGORIES) {
      const t = tally.get(cat)!;
      if (predicted.has(cat) && expected.has(cat)) t.tp++;
      else if (predicted.has(cat)) t.fp++;
      else if (expected.has(cat)) t.fn++;
    }
    if (expected.size === 0) {
      clean++;
      if (predicted.size > 0) cleanAlarms++;
    }
    if (c.input.draft.trim() && ![...expected].some((x) => draftSet.has(x))) {
      cleanDrafts++;
      if ([...predicted].some((x) => draftSet.has(x))) cleanDraftAlarms++;
    }
    const missed = [...expected].filter((x) => !predicted.has(x));
    const extra = [...predicted].filter((x) => !expected.has(x));
    if (missed.length || extra.length) mistakes.push({ c, result, missed, extra });
  }

  const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');
  console.log(
    `corpus: ${cases.length} cases (${values.corpus}${values.only ? `, ${values.only} only` : ''}), charter ${charter.charter.name} ${charter.charter.version}${values['rules-only'] ? ', rules only (no classifier)' : ''}\n`,
  );
  console.log('category            support   TP   FP   FN  precision  recall     F1');
  let f1Sum = 0;
  for (const cat of CATEGORIES) {
    const { tp, fp, fn } = tally.get(cat)!;
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    const f1 = (2 * precision * recall) / (precision + recall);
    f1Sum += Number.isFinite(f1) ? f1 : 0;
    console.log(
      `${cat.padEnd(18)} ${String(tp + fn).padStart(8)} ${String(tp).padStart(4)} ${String(fp).padStart(4)} ${String(fn).padStart(4)}  ${pct(precision).padStart(9)}  ${pct(recall).padStart(6)}  ${pct(f1).padStart(5)}`,
    );
  }
  console.log(`\nmacro F1: ${(f1Sum / CATEGORIES.length).toFixed(3)}`);
  console.log(`false alarms on clean cases (no label): ${cleanAlarms}/${clean} = ${((100 * cleanAlarms) / Math.max(clean, 1)).toFixed(1)} %`);
  console.log(`false alarms on clean drafts (no draft-side label): ${cleanDraftAlarms}/${cleanDrafts} = ${((100 * cleanDraftAlarms) / Math.max(cleanDrafts, 1)).toFixed(1)} %`);
  console.log(`cases with any mismatch: ${mistakes.length}`);

  if (values.errors !== undefined || values['all-errors']) {
    const filter = values.errors && values.errors !== 'all' ? (values.errors as Category) : undefined;
    for (const m of mistakes) {
      if (filter && !m.missed.includes(filter) && !m.extra.includes(filter)) continue;
      console.log(`\n${m.c.id} [${m.c.file}] ${m.c.input.platform}${m.c.input.isPublic ? '' : ' (DM)'}  missed=${m.missed.join(',') || '-'}  extra=${m.extra.join(',') || '-'}`);
      console.log(`  IN : ${m.c.input.incoming}`);
      console.log(`  OUT: ${m.c.input.draft}`);
      for (const p of m.result.paths) console.log(`  path ${p.id} by ${p.ruleId}: «${m.c.input.incoming.slice(p.start, p.end)}»`);
      for (const f of m.result.findings) console.log(`  finding ${f.ruleId}: «${m.c.input.draft.slice(f.start, f.end)}»`);
    }
  }
}
