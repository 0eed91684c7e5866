// Trains the built-in classifiers and writes lib/core/packs/models/builtin-models.json. One command, deterministic:
//   npx tsx scripts/train-models.ts                      train, choose thresholds on the validation fold, write, report
//   npx tsx scripts/train-models.ts --dry-run            train and report, write nothing
//   npx tsx scripts/train-models.ts --features none      ablation: the old feature set (no handle masking, negation, runs)
//   npx tsx scripts/train-models.ts --no-real            ablation: trained on the dev corpus alone, as before issue 12
//   npx tsx scripts/train-models.ts --only CATEGORY      train and report one model, write nothing
//   npx tsx scripts/train-models.ts --report             the checker (rules + models) on the validation fold, per source
//
// Data: the dev corpus (test/corpus, both sides) and the real texts whose licence allows training (TRAINABLE in
// scripts/real-data/sources.ts: Davidson, MLMA, iSarcasmEval, HateCheck), as drafts, never a blind row and never an
// airline file. Our labels (test/corpus-real/labels) win over the source's. One trainable real dev row in five is the
// validation fold: kept out of training, it chooses each draft model's thresholds and is what this script reports.
// Incoming models have no trainable real data (the airline files are evaluation-only): their thresholds are chosen by
// 5-fold cross-validation on the corpus, as before.
//
// Logistic regression over the engine's own hashed features (lib/core/engine/classifier/features.ts), trained with a
// seeded shuffle; the strongest weights are kept and quantised to one byte each.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseCaseLine } from '../cli/case-line';
import { ENGINE_LEXIS } from '../lib/core/charter/engine-lexis';
import { analyzeText } from '../lib/core/engine/analyzed-text';
import { FEATURE_SPACE, FEATURES, featuresOf, type FeatureSet } from '../lib/core/engine/classifier/features';
import type { PackedModel } from '../lib/core/engine/classifier/model';
import { installLexis } from '../lib/core/engine/lexis';
import { BUILTIN_MODEL_CATEGORIES } from '../lib/core/packs/models/model-categories';
import { isIncomingCategory, type Category } from '../lib/core/engine/vocabulary';
import { trainingRows, type TrainingRow } from './real-data/training-rows';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'test/corpus' },
    features: { type: 'string', default: 'all' },
    'no-real': { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    report: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});

const OUT = 'lib/core/packs/models/builtin-models.json';
const EPOCHS = 30;
const LEARNING_RATE = 0.5;
const L2 = 1e-5;
/** Weights kept per model: enough to generalise, small enough to ship in every compiled charter (< 600 kB for all). */
const KEPT_WEIGHTS: Partial<Record<Category, number>> = { insult_vulgar: 12000, personal_offbrand: 8000 };
const DEFAULT_KEPT = 6000;
/** A hand-written corpus case counts as much as this many real rows: the corpus is small, and is the brand's register. */
const CORPUS_WEIGHT = Number(process.env.CORPUS_WEIGHT ?? 3);

/** Precision the confident tier must reach on its own: it is underlined and counted in the badge. */
const CONFIDENT_PRECISION = 0.9;
/** Below the confident threshold, the "possible" band: shown apart, with its reason, never counted in the badge. */
const POSSIBLE_PRECISION = 0.7;
/** Share of ordinary tweets (validation fold of NEUTRAL_SOURCES) a model may flag in each tier. */
const CONFIDENT_MAX_FALSE_ALARMS = 0.01;
const POSSIBLE_MAX_FALSE_ALARMS = 0.05;
/** Everyday tweets, not chosen as hard cases: the false alarms a CM would meet on ordinary replies. */
const NEUTRAL_SOURCES = new Set(['davidson-neither']);
/** The dev corpus is written to be hard (a hard negative for every category): there the model must only not add noise. */
const CORPUS_PRECISION = { confident: 0.6, possible: 0.4 };
/**
 * Floors on the threshold. Too low, the after-sales model reads a bare legal threat ("je vais porter plainte, mon avocat
 * vous contactera": 0.83 since the models learnt negation scope) as after-sales, which sends a junior CM to customer
 * service instead of legal (test/unit/junior).
 */
const MIN_THRESHOLD: Partial<Record<Category, number>> = { sav: 0.85 };
/** Below 0.2 a model fires on a bare greeting ("Bonjour" read as a partnership request): no threshold goes lower. */
const LOWEST_THRESHOLD = 0.2;
const THRESHOLDS = [...Array.from({ length: 18 }, (_, i) => Math.round((0.05 + i * 0.05) * 100) / 100), 0.95, 0.97, 0.98, 0.99];

const FEATURE_SETS: Record<string, FeatureSet> = {
  shipped: FEATURES,
  all: { maskHandles: true, negation: true, punctuationRuns: true },
  none: { maskHandles: false, negation: false, punctuationRuns: false },
  'mask-only': { maskHandles: true, negation: false, punctuationRuns: false },
};
const featureSet = FEATURE_SETS[values.features!];
if (!featureSet) throw new Error(`--features: expected one of ${Object.keys(FEATURE_SETS).join(', ')}`);

/**
 * The draft categories that learn from real rows. Out of perimeter has two positives among 1,442 relabelled real rows:
 * real text would only teach it that tweets are clean, so it stays on the corpus.
 */
const REAL_CATEGORIES = new Set<Category>(['insult_vulgar', 'personal_offbrand']);

/** The categories trained: the built-in ones (model-categories.ts). */
const CATEGORIES: Category[] = [...new Set<Category>([...BUILTIN_MODEL_CATEGORIES, 'insult_vulgar'])];

interface Sample {
  x: Uint32Array;
  /** 1, 0, or null when the sample says nothing about the category. */
  y: (category: Category) => 0 | 1 | null;
  weight: number;
  /** Where it comes from, for the report: a corpus file or a real source. */
  origin: string;
  text: string;
  lang?: 'en' | 'fr';
}

// Training texts are normalised with the word lists a compiled charter carries, as the engine reads them when checking.
installLexis(ENGINE_LEXIS);

function norm(text: string, lang?: 'fr' | 'en'): string {
  return analyzeText(text, lang, 'fr').norm.text;
}

function loadCorpus(dir: string): { incoming: Sample[]; draft: Sample[] } {
  const incoming: Sample[] = [];
  const draft: Sample[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const c = parseCaseLine(line);
      const labels = new Set(c.record.labels as string[]);
      const y = (category: Category) => (labels.has(category) ? 1 : 0);
      incoming.push({ x: featuresOf(norm(c.input.incoming), featureSet), y, weight: 1, origin: `corpus/${file}`, text: c.input.incoming });
      draft.push({ x: featuresOf(norm(c.input.draft, c.input.lang), featureSet), y, weight: CORPUS_WEIGHT, origin: `corpus/${file}`, text: c.input.draft });
    }
  }
  return { incoming, draft };
}

function realSample(row: TrainingRow): Sample {
  return {
    x: featuresOf(norm(row.text, row.lang), featureSet),
    y: (category) => {
      if (row.labels) return row.labels.includes(category) ? 1 : 0;
      if (category === 'insult_vulgar' && row.insult !== null) return row.insult ? 1 : 0;
      return null;
    },
    weight: 1,
    origin: row.source,
    text: row.text,
    lang: row.lang,
  };
}

/** mulberry32: a small seeded generator, so two trainings on the same data give the same model. */
function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Example {
  x: Uint32Array;
  y: number;
  weight: number;
  lang?: 'en' | 'fr';
}

function examplesFor(samples: Sample[], category: Category): Example[] {
  const out: Example[] = [];
  for (const s of samples) {
    const y = s.y(category);
    if (y !== null && s.x.length > 0) out.push({ x: s.x, y, weight: s.weight, lang: s.lang });
  }
  return out;
}

/**
 * Real rows are reweighted so that their positives and negatives weigh the same: Davidson alone holds 7,000 offensive
 * tweets, and a model fed that imbalance learns that tweet-style writing is offensive.
 */
function balanced(examples: Example[]): Example[] {
  // Per language: French real rows are mostly offensive (HateCheck FR, MLMA), and a model fed that learns French itself.
  const out: Example[] = [];
  for (const lang of ['en', 'fr'] as const) {
    const group = examples.filter((e) => e.lang === lang);
    const positive = group.reduce((n, e) => n + (e.y ? e.weight : 0), 0);
    const negative = group.reduce((n, e) => n + (e.y ? 0 : e.weight), 0);
    const [pw, nw] = !positive || !negative ? [1, 1] : positive > negative ? [negative / positive, 1] : [1, positive / negative];
    for (const e of group) out.push({ ...e, weight: e.weight * (e.y ? pw : nw) });
  }
  return out;
}

function train(examples: Example[], seed: number): { w: Float64Array; bias: number } {
  const w = new Float64Array(FEATURE_SPACE);
  let bias = 0;
  const random = seededRandom(seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const { x, y, weight } = examples[i];
      let z = bias;
      for (const f of x) z += w[f];
      const g = (1 / (1 + Math.exp(-z)) - y) * weight;
      const step = (LEARNING_RATE * g) / Math.sqrt(x.length);
      for (const f of x) w[f] -= step + LEARNING_RATE * L2 * w[f];
      bias -= LEARNING_RATE * g * 0.1;
    }
  }
  return { w, bias };
}

/** The strongest weights, quantised to int8: what ships. Scores below are computed from this packed form. */
function pack(w: Float64Array, bias: number, kept: number): { packed: PackedModel; live: Float64Array } {
  const indexes = [...w.keys()].filter((i) => w[i] !== 0).sort((a, b) => Math.abs(w[b]) - Math.abs(w[a]) || a - b).slice(0, kept);
  const max = Math.max(...indexes.map((i) => Math.abs(w[i])), 1e-9);
  const scale = max / 127;
  const bytes = new Uint8Array(indexes.length * 5);
  const view = new DataView(bytes.buffer);
  const live = new Float64Array(FEATURE_SPACE);
  indexes.sort((a, b) => a - b).forEach((index, k) => {
    const q = Math.round(w[index] / scale);
    view.setUint32(k * 5, index, true);
    view.setInt8(k * 5 + 4, q);
    live[index] = q * scale;
  });
  const roundedBias = Math.round(bias * 1e6) / 1e6;
  return { packed: { bias: roundedBias, scale, weights: Buffer.from(bytes).toString('base64') }, live };
}

function probability(w: Float64Array, bias: number, x: Uint32Array): number {
  let z = bias;
  for (const f of x) z += w[f];
  return 1 / (1 + Math.exp(-z));
}

interface Scored {
  p: number;
  y: number;
  origin: string;
  text?: string;
}

function tally(scored: Scored[], threshold: number): { tp: number; fp: number; fn: number; negatives: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let negatives = 0;
  for (const s of scored) {
    if (!s.y) negatives++;
    if (s.p >= threshold && s.y) tp++;
    else if (s.p >= threshold) fp++;
    else if (s.y) fn++;
  }
  return { tp, fp, fn, negatives };
}

interface Requirement {
  scored: Scored[];
  /** Right at least this often when it fires. */
  precision: number;
  /** Flags at most this share of the set's negatives. */
  maxFalseAlarms: number;
}

/**
 * The lowest threshold at which every requirement holds. Lower thresholds are not taken once a higher one fails, so
 * the chosen one starts a band that holds all the way up.
 */
function chooseThreshold(requirements: Requirement[], floor: number): number {
  let chosen = THRESHOLDS[THRESHOLDS.length - 1];
  for (const threshold of [...THRESHOLDS].reverse()) {
    if (threshold < floor) break;
    const ok = requirements.every(({ scored, precision, maxFalseAlarms }) => {
      const t = tally(scored, threshold);
      return (t.tp + t.fp === 0 || t.tp / (t.tp + t.fp) >= precision) && t.fp / Math.max(t.negatives, 1) <= maxFalseAlarms;
    });
    if (!ok) break;
    chosen = threshold;
  }
  return chosen;
}

/** Out-of-fold scores on the corpus: each fifth scored by a model trained on the rest (plus `extra`, the real rows). */
function corpusOutOfFold(corpus: Sample[], extra: Example[], category: Category, seed: number, kept: number): Scored[] {
  const scored: Scored[] = [];
  for (let fold = 0; fold < 5; fold++) {
    const trainPart = examplesFor(corpus.filter((_, i) => i % 5 !== fold), category).concat(extra);
    const { w, bias } = train(trainPart, seed + fold);
    const { live } = pack(w, bias, kept);
    corpus.forEach((s, i) => {
      const y = s.y(category);
      if (i % 5 === fold && y !== null && s.x.length > 0) scored.push({ p: probability(live, bias, s.x), y, origin: s.origin, text: s.text });
    });
  }
  return scored;
}

function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(1)} %` : 'n/a';
}

function describe(label: string, scored: Scored[], confident: number, possible: number): string {
  const c = tally(scored, confident);
  const p = tally(scored, possible);
  const positives = c.tp + c.fn;
  return (
    `  ${label.padEnd(24)} ${String(scored.length).padStart(5)} rows, ${String(positives).padStart(5)} pos` +
    ` | confident: recall ${pct(c.tp, positives).padStart(7)}, precision ${pct(c.tp, c.tp + c.fp).padStart(7)}, false alarms ${pct(c.fp, c.negatives).padStart(7)}` +
    ` | ≥ possible: recall ${pct(p.tp, positives).padStart(7)}, false alarms ${pct(p.fp, p.negatives).padStart(7)}`
  );
}

function trainAll(): void {
  const started = Date.now();
  const corpus = loadCorpus(values.corpus!);
  const rows = trainingRows();
  // --no-real: the ablation without real rows in training; they are still measured on the validation fold.
  const realTrain = values['no-real'] ? [] : rows.filter((r) => !r.validation).map(realSample);
  const realValidation = rows.filter((r) => r.validation).map(realSample);
  console.log(
    `data: corpus ${corpus.draft.length} cases; real trainable dev rows ${rows.length} (training ${realTrain.length}, validation ${realValidation.length}); features ${values.features}`,
  );

  const models: Record<string, PackedModel & { threshold: number; possibleThreshold: number }> = {};
  CATEGORIES.forEach((category, k) => {
    if (values.only && values.only !== category) return;
    const incoming = isIncomingCategory(category);
    const real = REAL_CATEGORIES.has(category);
    const kept = KEPT_WEIGHTS[category] ?? DEFAULT_KEPT;
    const corpusSide = incoming ? corpus.incoming : corpus.draft;
    // Incoming categories have no trainable real text (the airline files are evaluation-only).
    const realExamples = real ? balanced(examplesFor(realTrain, category)) : [];
    const oof = corpusOutOfFold(corpusSide, realExamples, category, 2000 + 10 * k, kept);
    const { w, bias } = train(examplesFor(corpusSide, category).concat(realExamples), 1000 + k);
    const { packed, live } = pack(w, bias, kept);
    const validation: Scored[] = [];
    // Every draft model is checked on the real validation fold: those that do not learn from it are held to its false
    // alarms (out of perimeter: 2 positives among the relabelled real rows, the rest are the tweets it must leave alone).
    for (const s of incoming ? [] : realValidation) {
      const y = s.y(category);
      if (y !== null && s.x.length > 0) validation.push({ p: probability(live, packed.bias, s.x), y, origin: s.origin, text: s.text });
    }
    // Confident: right 9 times in 10 on real text, silent on at least 99 % of ordinary tweets (Davidson's "neither"),
    // and right 6 times in 10 on the corpus's hard cases. Possible: 7 in 10, 95 %, 4 in 10. With no real data
    // (incoming models), right 9 (7) times in 10 on the corpus, out of fold.
    const neutral = real ? validation.filter((s) => NEUTRAL_SOURCES.has(s.origin)) : validation;
    const realPositives = validation.filter((s) => s.y).length;
    const requirements = (precision: number, maxFalseAlarms: number): Requirement[] => [
      {
        scored: oof,
        precision: real ? (precision === CONFIDENT_PRECISION ? CORPUS_PRECISION.confident : CORPUS_PRECISION.possible) : precision,
        maxFalseAlarms: 1,
      },
      ...(realPositives >= 10 ? [{ scored: validation, precision, maxFalseAlarms: 1 }] : []),
      ...(neutral.length ? [{ scored: neutral, precision: 0, maxFalseAlarms }] : []),
    ];
    const floor = MIN_THRESHOLD[category] ?? LOWEST_THRESHOLD;
    const threshold = chooseThreshold(requirements(CONFIDENT_PRECISION, CONFIDENT_MAX_FALSE_ALARMS), floor);
    const possibleThreshold = Math.min(threshold, chooseThreshold(requirements(POSSIBLE_PRECISION, POSSIBLE_MAX_FALSE_ALARMS), Math.max(0.3, floor - 0.2)));
    models[category] = { ...packed, threshold, possibleThreshold };
    const positives = examplesFor(corpusSide, category).filter((e) => e.y).length + realExamples.filter((e) => e.y).length;
    console.log(`\n${category}: trained on ${corpusSide.length} corpus + ${realExamples.length} real rows (${positives} positive); threshold ${threshold}, possible from ${possibleThreshold}`);
    console.log(describe('corpus, out of fold', oof, threshold, possibleThreshold));
    if (values.only) {
      // The whole curve, to see what holds a threshold up.
      for (const t of THRESHOLDS) {
        const parts = [['corpus', oof], ['real', validation], ['neutral', neutral]].map(([name, scored]) => {
          const c = tally(scored as Scored[], t);
          return `${name} P ${pct(c.tp, c.tp + c.fp)} R ${pct(c.tp, c.tp + c.fn)} FA ${pct(c.fp, c.negatives)}`;
        });
        console.log(`  ${t.toFixed(2)}  ${parts.join(' | ')}`);
      }
      for (const s of [...oof, ...neutral].filter((s) => !s.y && s.p >= 0.8).sort((a, b) => b.p - a.p).slice(0, 40)) {
        console.log(`   false alarm ${s.p.toFixed(3)} ${s.origin}: ${s.text?.slice(0, 140)}`);
      }
    }
    if (validation.length) {
      console.log(describe('real validation, all', validation, threshold, possibleThreshold));
      for (const origin of [...new Set(validation.map((s) => s.origin))].sort()) {
        console.log(describe(`  ${origin}`, validation.filter((s) => s.origin === origin), threshold, possibleThreshold));
      }
    }
  });
  const size = Object.values(models).reduce((n, m) => n + m.weights.length, 0);
  console.log(`\nweights: ${(size / 1024).toFixed(1)} kB of base64 over ${CATEGORIES.length} models; trained in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (values['dry-run'] || values.only) return;
  const trainedOn = corpus.draft.length + realTrain.length;
  writeFileSync(OUT, `${JSON.stringify({ trainedOn, models }, null, 1)}\n`);
  console.log(`wrote ${OUT} (${corpus.draft.length} corpus cases, ${realTrain.length} real rows)`);
  // The report reads the models just written, through the real checker: a fresh process imports the new JSON.
  execFileSync(process.execPath, [...process.execArgv, import.meta.filename, '--report'], { stdio: 'inherit' });
}

/** The checker itself (rules alone, then rules + models) on the validation fold: what a CM would see on these drafts. */
async function report(): Promise<void> {
  const { check } = await import('../lib/core/engine/check');
  const { loadCharter } = await import('../cli/load-charter');
  const loaded = loadCharter('charters/brandtruc.json');
  if (!loaded.ok) throw new Error('cannot load charters/brandtruc.json');
  const full = loaded.compiled;
  const rulesOnly = { ...full, rules: full.rules.filter((r) => r.kind !== 'classifier') };
  const rows = trainingRows().filter((r) => r.validation);
  console.log(`\nvalidation fold through the checker (charters/brandtruc.json, drafts on X, public): ${rows.length} rows`);
  const checkedCategories: Category[] = ['insult_vulgar', 'personal_offbrand'];
  for (const [name, charter] of [['rules only', rulesOnly], ['rules + models', full]] as const) {
    console.log(` ${name}`);
    const raisedBy = new Map(rows.map((r) => [r, new Set(check({ incoming: '', draft: r.text, platform: 'x', isPublic: true }, charter).categories)]));
    for (const source of [...new Set(rows.map((r) => r.source))].sort()) {
      const mine = rows.filter((r) => r.source === source);
      const parts: string[] = [];
      for (const category of checkedCategories) {
        let tp = 0;
        let fp = 0;
        let pos = 0;
        let neg = 0;
        for (const r of mine) {
          const truth = category === 'insult_vulgar' ? r.insult : r.labels ? r.labels.includes(category) : null;
          if (truth === null) continue;
          const raised = raisedBy.get(r)!.has(category);
          if (truth) pos++;
          else neg++;
          if (raised && truth) tp++;
          else if (raised) fp++;
        }
        if (pos + neg) parts.push(`${category}: raised on ${pct(tp, pos)} of ${pos} positives, ${pct(fp, neg)} of ${neg} negatives, precision ${pct(tp, tp + fp)}`);
      }
      console.log(`  ${source.padEnd(22)} ${parts.join(' | ')}`);
    }
  }
}

if (values.report) await report();
else trainAll();
