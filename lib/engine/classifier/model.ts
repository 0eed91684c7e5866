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

/** Probability that the text belongs to the model's category. */
export function scoreText(model: LiveModel, normalized: string): number {
  if (!normalized.trim()) return 0;
  let z = model.bias;
  for (const f of featuresOf(normalized)) z += model.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}
