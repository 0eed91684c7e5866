// The built-in models (trained by scripts/train-models.ts on the labelled corpus), by category.
import type { PackedModel } from '../../engine/classifier/model';
import trained from './builtin-models.json';

/**
 * Each model with the thresholds chosen at training time (a rule may set its own): from `threshold` a finding is
 * confident (right ≥ 9 times in 10 on held-out data); from `possibleThreshold` it is a "possible" signal.
 */
export const BUILTIN_MODELS: Record<string, PackedModel & { threshold: number; possibleThreshold?: number }> = trained.models;
