// The built-in models (trained by scripts/train-models.ts on the labelled corpus), by category.
import type { PackedModel } from '../../engine/classifier/model';
import trained from './builtin-models.json';

/** Each model with the threshold cross-validated at training time (a rule may set its own). */
export const BUILTIN_MODELS: Record<string, PackedModel & { threshold: number }> = trained.models;
