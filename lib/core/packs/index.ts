// The built-in packs a charter extends, tunes or disables.
import { COMMON_PACK } from './common';
import { ENGLISH_PACK } from './en';
import { FRENCH_PACK } from './fr';
import type { RulePack } from './types';

export { DEFAULT_PATHS } from './default-paths';
export const BUILTIN_PACKS: RulePack[] = [COMMON_PACK, FRENCH_PACK, ENGLISH_PACK];
