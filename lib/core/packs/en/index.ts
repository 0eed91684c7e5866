// The built-in English pack: every category covered, so a brand with a minimal charter is already protected.
import { modelRules } from '../models/model-rules';
import type { RulePack } from '../types';
import { ENGLISH_AGGRESSION_RULES } from './aggression';
import { ENGLISH_INCOMING_RULES } from './incoming';
import { ENGLISH_LEXICONS } from './lexicons';
import { ENGLISH_PERIMETER_RULES } from './perimeter';
import { ENGLISH_PERSONAL_DATA_RULES } from './personal-data';
import { ENGLISH_SARCASM_RULES } from './sarcasm';
import { ENGLISH_TONE_LEXICONS, ENGLISH_TONE_RULES } from './tone';

export const ENGLISH_PACK: RulePack = {
  id: 'builtin:en',
  lang: 'en',
  lexicons: { ...ENGLISH_LEXICONS, ...ENGLISH_TONE_LEXICONS },
  rules: [...ENGLISH_INCOMING_RULES, ...ENGLISH_PERIMETER_RULES, ...ENGLISH_PERSONAL_DATA_RULES, ...ENGLISH_TONE_RULES, ...ENGLISH_AGGRESSION_RULES, ...ENGLISH_SARCASM_RULES, ...modelRules('en', 'Gardefou · model')],
};
