// A built-in linear classifier: logistic regression over hashed features, stored compactly in the compiled charter.
import { featuresOf } from './features';

/** As stored: bias, weight scale, and base64 of (uint32 feature index, int8 weight) pairs. */
export interface PackedModel {
  bias: number;
  scale: number;
  weights: string;
}

export interface LiveModel {
  bias: number;
  weights: Map<number, number>;
}

function base64ToBytes(b64: string): Uint8Array {
  const binary = atob(b64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export function unpackModel(packed: PackedModel): LiveModel {
  const bytes = base64ToBytes(packed.weights);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const weights = new Map<number, number>();
  for (let i = 0; i + 5 <= bytes.length; i += 5) weights.set(view.getUint32(i, true), view.getInt8(i + 4) * packed.scale);
  return { bias: packed.bias, weights };
}

/** Probability from already extracted features. */
export function scoreFeatures(model: LiveModel, features: Uint32Array): number {
  if (features.length === 0) return 0;
  let z = model.bias;
  for (const f of features) z += model.weights.get(f) ?? 0;
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
