// A built-in linear classifier: logistic regression over hashed features, stored compactly in the compiled charter.
import { FEATURE_SPACE, featuresOf } from './features';

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

/**
 * Runtime form: one int8 weight per feature of the hashed space (0: none), and the scale they are multiplied by. Filled
 * in one pass over the shipped bytes, with no sorting and no per-weight allocation: a tab's first check pays ~1 MB of
 * zeroed memory for the 8 models instead of decoding them into three arrays each; scoring reads one byte per feature.
 */
export interface LiveModel {
  bias: number;
  scale: number;
  weights: Int8Array;
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
  const weights = new Int8Array(FEATURE_SPACE);
  if (packed.encoding !== 'delta-varint') {
    const { index, raw } = decode(packed);
    for (let i = 0; i < index.length; i++) weights[index[i]] = raw[i];
    return { bias: packed.bias, scale: packed.scale, weights };
  }
  // The shipped encoding read straight from the base64-decoded string (one loop, no closure, integer shifts: a cold tab
  // runs it unoptimised): the count, the index gaps, then the int8 weights in the same order. Counts and gaps are below
  // FEATURE_SPACE (2^17), so 32-bit shifts are exact.
  const bin = atob(packed.weights);
  let pos = 0;
  let n = 0;
  for (let shift = 0; ; shift += 7) {
    const b = bin.charCodeAt(pos++);
    n += (b & 0x7f) << shift;
    if (b < 0x80) break;
  }
  let weightAt = bin.length - n;
  let at = 0;
  for (let i = 0; i < n; i++) {
    let b = bin.charCodeAt(pos++);
    let gap = b & 0x7f;
    for (let shift = 7; b >= 0x80; shift += 7) {
      b = bin.charCodeAt(pos++);
      gap += (b & 0x7f) << shift;
    }
    at += gap;
    // A byte stored into an Int8Array wraps to the signed weight it encodes.
    weights[at] = bin.charCodeAt(weightAt++);
  }
  return { bias: packed.bias, scale: packed.scale, weights };
}

/** Probability from already extracted features (each below FEATURE_SPACE); each term is the int8 weight times the scale. */
export function scoreFeatures(model: LiveModel, features: Uint32Array): number {
  if (features.length === 0) return 0;
  const { weights, scale } = model;
  let z = model.bias;
  for (let i = 0; i < features.length; i++) {
    const w = weights[features[i]];
    if (w !== 0) z += w * scale;
  }
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
