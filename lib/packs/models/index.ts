// The built-in models (trained by scripts/train-models.ts on the labelled corpus), by category.
import type { PackedModel } from '../../engine/classifier/model';
import trained from './builtin-models.json';

export const BUILTIN_MODELS: Record<string, PackedModel> = trained.models;
