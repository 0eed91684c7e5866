// The built-in French pack: every category covered, so a brand with a minimal charter is already protected.
import { modelRules } from '../models/model-rules';
import type { RulePack } from '../types';
import { FRENCH_INCOMING_RULES } from './incoming';
import { FRENCH_INSULT_RULES } from './insults';
import { FRENCH_LEXICONS } from './lexicons';
import { FRENCH_PERIMETER_RULES } from './perimeter';
import { FRENCH_PERSONAL_DATA_RULES } from './personal-data';
import { FRENCH_SARCASM_RULES } from './sarcasm';
import { FRENCH_TONE_LEXICONS, FRENCH_TONE_RULES } from './tone';

export const FRENCH_PACK: RulePack = {
  id: 'builtin:fr',
  lang: 'fr',
  lexicons: { ...FRENCH_LEXICONS, ...FRENCH_TONE_LEXICONS },
  rules: [...FRENCH_INCOMING_RULES, ...FRENCH_PERIMETER_RULES, ...FRENCH_PERSONAL_DATA_RULES, ...FRENCH_TONE_RULES, ...FRENCH_INSULT_RULES, ...FRENCH_SARCASM_RULES, ...modelRules('fr', 'Gardefou · modèle')],
};
