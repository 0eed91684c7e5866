// Trains the built-in classifiers on the labelled corpus and writes lib/packs/models/builtin-models.json.
//   npx tsx scripts/train-models.ts [--corpus test/corpus]
// Logistic regression over the engine's own hashed features (lib/engine/classifier/features.ts), trained with a seeded
// shuffle so the output is reproducible; the strongest weights are kept and quantised to one byte each.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseCaseLine } from '../cli/case-line';
import { analyzeText } from '../lib/engine/analyzed-text';
import { FEATURE_SPACE, featuresOf } from '../lib/engine/classifier/features';
import type { PackedModel } from '../lib/engine/classifier/model';
import { BUILTIN_MODEL_CATEGORIES } from '../lib/packs/models/model-categories';
import { isIncomingCategory, type Category } from '../lib/engine/vocabulary';

const { values } = parseArgs({ options: { corpus: { type: 'string', default: 'test/corpus' } } });

const EPOCHS = 30;
const LEARNING_RATE = 0.5;
const L2 = 1e-5;
/** Weights kept per model: enough to generalise, small enough to ship in every compiled charter. */
const KEPT_WEIGHTS = 6000;

interface Sample {
  incoming: Uint32Array;
  draft: Uint32Array;
  labels: Set<string>;
}

function loadSamples(dir: string): Sample[] {
  const samples: Sample[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const c = parseCaseLine(line);
      samples.push({
        incoming: featuresOf(analyzeText(c.input.incoming, undefined, 'fr').norm.text),
        draft: featuresOf(analyzeText(c.input.draft, c.input.lang, 'fr').norm.text),
        labels: new Set(c.record.labels as string[]),
      });
    }
  }
  return samples;
}

/** mulberry32: a small seeded generator, so two trainings on the same corpus give the same model. */
function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function train(xs: Uint32Array[], ys: number[], seed: number): { w: Float64Array; bias: number } {
  const w = new Float64Array(FEATURE_SPACE);
  let bias = 0;
  const random = seededRandom(seed);
  const order = xs.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const x = xs[i];
      if (x.length === 0) continue;
      let z = bias;
      for (const f of x) z += w[f];
      const g = 1 / (1 + Math.exp(-z)) - ys[i];
      const step = (LEARNING_RATE * g) / Math.sqrt(x.length);
      for (const f of x) w[f] -= step + LEARNING_RATE * L2 * w[f];
      bias -= LEARNING_RATE * g * 0.1;
    }
  }
  return { w, bias };
}

function pack(w: Float64Array, bias: number): PackedModel {
  const kept = [...w.keys()].filter((i) => w[i] !== 0).sort((a, b) => Math.abs(w[b]) - Math.abs(w[a]) || a - b).slice(0, KEPT_WEIGHTS);
  const max = Math.max(...kept.map((i) => Math.abs(w[i])), 1e-9);
  const scale = max / 127;
  const bytes = new Uint8Array(kept.length * 5);
  const view = new DataView(bytes.buffer);
  kept.sort((a, b) => a - b).forEach((index, k) => {
    view.setUint32(k * 5, index, true);
    view.setInt8(k * 5 + 4, Math.round(w[index] / scale));
  });
  return { bias: Math.round(bias * 1e6) / 1e6, scale, weights: Buffer.from(bytes).toString('base64') };
}

const samples = loadSamples(values.corpus!);
const models: Record<string, PackedModel> = {};
BUILTIN_MODEL_CATEGORIES.forEach((category: Category, k) => {
  const side = isIncomingCategory(category) ? 'incoming' : 'draft';
  const usable = samples.filter((s) => s[side].length > 0);
  const { w, bias } = train(
    usable.map((s) => s[side]),
    usable.map((s) => (s.labels.has(category) ? 1 : 0)),
    1000 + k,
  );
  models[category] = pack(w, bias);
  console.log(`${category}: ${usable.length} samples, ${usable.filter((s) => s.labels.has(category)).length} positives`);
});
writeFileSync('lib/packs/models/builtin-models.json', `${JSON.stringify({ trainedOn: samples.length, models }, null, 1)}\n`);
console.log(`wrote lib/packs/models/builtin-models.json (${samples.length} cases)`);
