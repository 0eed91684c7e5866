// A built-in linear classifier: logistic regression over hashed features, stored compactly in the compiled charter.
import { featuresOf } from './features';

/**
 * As stored: bias, weight scale, and base64 weights. Two encodings (a model record may carry other fields, e.g. the
 * threshold or training facts: they are kept as they are and ignored here):
 * - `pairs` (the training output, the default): (uint32 little-endian feature index, int8 weight) pairs;
 * - `delta-varint` (what a compiled charter ships, 2.5× smaller): a varint count n, then n varint gaps between sorted
 *   feature indexes (the first one from 0), then the n int8 weights in the same order.
 */
export interface PackedModel {
  bias: number;
  scale: number;
  weights: string;
  encoding?: 'pairs' | 'delta-varint';
}

/** Runtime form: sorted feature indexes and their weights in typed arrays (no Map, no JSON numbers). */
export interface LiveModel {
  bias: number;
  index: Uint32Array;
  weight: Float64Array;
  /** One bit per feature index: set when the model has a weight for it (most of a text's features have none). */
  present: Uint8Array;
}

function base64ToBytes(b64: string): Uint8Array {
  const binary = atob(b64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Decodes either encoding into (index, raw int8 weight) arrays sorted by index. */
function decode(packed: PackedModel): { index: Uint32Array; raw: Int8Array } {
  const bytes = base64ToBytes(packed.weights);
  if (packed.encoding === 'delta-varint') {
    let pos = 0;
    const varint = (): number => {
      let v = 0;
      let shift = 0;
      for (;;) {
        const b = bytes[pos++];
        v += (b & 0x7f) * 2 ** shift;
        if (b < 0x80) return v;
        shift += 7;
      }
    };
    const n = varint();
    const index = new Uint32Array(n);
    let at = 0;
    for (let i = 0; i < n; i++) index[i] = at += varint();
    const raw = new Int8Array(bytes.buffer, bytes.byteOffset + pos, n).slice();
    return { index, raw };
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = Math.floor(bytes.length / 5);
  const pairs: [number, number][] = [];
  for (let i = 0; i < n; i++) pairs.push([view.getUint32(i * 5, true), view.getInt8(i * 5 + 4)]);
  pairs.sort((a, b) => a[0] - b[0]);
  // A feature listed twice keeps its last weight, as a Map would.
  const dedup = pairs.filter((p, i) => i + 1 === pairs.length || pairs[i + 1][0] !== p[0]);
  return { index: Uint32Array.from(dedup, (p) => p[0]), raw: Int8Array.from(dedup, (p) => p[1]) };
}

/** The shipped form of a model: same weights, `delta-varint` encoding; every other field of the record is kept. */
export function compactModel<T extends PackedModel>(packed: T): T {
  if (packed.encoding === 'delta-varint') return packed;
  const { index, raw } = decode(packed);
  const out: number[] = [];
  const varint = (v: number) => {
    while (v >= 0x80) {
      out.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    out.push(v);
  };
  varint(index.length);
  let prev = 0;
  for (const i of index) {
    varint(i - prev);
    prev = i;
  }
  const bytes = new Uint8Array(out.length + raw.length);
  bytes.set(out);
  bytes.set(new Uint8Array(raw.buffer, raw.byteOffset, raw.length), out.length);
  return { ...packed, encoding: 'delta-varint', weights: bytesToBase64(bytes) };
}

export function unpackModel(packed: PackedModel): LiveModel {
  const { index, raw } = decode(packed);
  const weight = new Float64Array(raw.length);
  for (let i = 0; i < raw.length; i++) weight[i] = raw[i] * packed.scale;
  const present = new Uint8Array(((index.length ? index[index.length - 1] : 0) >>> 3) + 1);
  for (const f of index) present[f >>> 3] |= 1 << (f & 7);
  return { bias: packed.bias, index, weight, present };
}

/** The weight of one feature, 0 when the model has none (binary search over the sorted indexes). */
function weightOf(model: LiveModel, feature: number): number {
  if (!(model.present[feature >>> 3] & (1 << (feature & 7)))) return 0;
  const index = model.index;
  let lo = 0;
  let hi = index.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = index[mid];
    if (v < feature) lo = mid + 1;
    else if (v > feature) hi = mid - 1;
    else return model.weight[mid];
  }
  return 0;
}

/** Probability from already extracted features. */
export function scoreFeatures(model: LiveModel, features: Uint32Array): number {
  if (features.length === 0) return 0;
  let z = model.bias;
  for (let i = 0; i < features.length; i++) z += weightOf(model, features[i]);
  return 1 / (1 + Math.exp(-z));
}

/** Features are extracted once per text, however many models read it. */
const featureCache = new Map<string, Uint32Array>();

/** Probability that the text belongs to the model's category. */
export function scoreText(model: LiveModel, normalized: string): number {
  if (!normalized.trim()) return 0;
  let features = featureCache.get(normalized);
  if (!features) {
    features = featuresOf(normalized);
    if (featureCache.size > 16) featureCache.clear();
    featureCache.set(normalized, features);
  }
  return scoreFeatures(model, features);
}
