// The rules a CM quieted for themselves (per browser profile, so per CM), by charter: the popup writes it, the page reads it
// (lib/page/boxes/charter-settings.ts, as a plain storage.local value). Rule ids and times only; what applies is in
// lib/shared/settings/quieting.ts.
import { storage } from '#imports';
import type { QuietedRule } from '../settings/quieting';

/** Version 1: the first shape; a later shape adds a migration here (WXT runs them in order). */
export const quietedRulesItem = storage.defineItem<QuietedRule[]>('local:quietedRules', { fallback: [], version: 1 });
