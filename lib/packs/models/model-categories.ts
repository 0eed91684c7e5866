// The categories with a built-in classifier: those where, on an unseen corpus, "rules or model" beat rules alone.
// Legal, personal data, over-marketing and style are left to the rules (a model there lowered F1 on the blind set).
import type { Category } from '../../engine/vocabulary';

export const BUILTIN_MODEL_CATEGORIES: Category[] = [
  'sav',
  'press',
  'partnership',
  'crisis',
  'hr',
  'out_of_perimeter',
  'insult_vulgar',
  'personal_offbrand',
];
