// User and manager settings that the content script reads (the options page and policy write them).
import { storage } from '#imports';
import type { Mode } from '../../core/engine/vocabulary';

/** A mode chosen by the manager or imposed by policy; null means the charter's default mode. */
export const modeOverrideItem = storage.defineItem<Mode | null>('local:modeOverride', { fallback: null, version: 1 });
