// At install and startup: make sure some charter is in force, and rebuild the bundled ones when the extension (and its packs) changed.
import { COMPILED_FORMAT } from '../../core/charter/compiled';
import { charterMetaItem, compiledCharterItem } from '../../shared/storage/charter-items';
import { applyCharterText, type CharterApplyResult } from './apply-charter';
import { queueCharterUpdate } from './charter-queue';
import { BUILTIN_CHARTER_SOURCE, DEMO_CHARTER_SOURCE, type CharterText } from './charter-sources';

export interface EnsureCharterOptions {
  /** The extension was installed or updated: a bundled charter compiled by the previous version has stale packs. */
  extensionChanged: boolean;
}

async function bundledCharterToApply({ extensionChanged }: EnsureCharterOptions): Promise<CharterText | null> {
  const [compiled, meta] = await Promise.all([compiledCharterItem.getValue(), charterMetaItem.getValue()]);
  // The built-in packs alone apply when there has never been a charter.
  if (compiled === null || meta === null) return BUILTIN_CHARTER_SOURCE;
  if (compiled.format === COMPILED_FORMAT && !extensionChanged) return null;
  if (meta.source === 'builtin') return BUILTIN_CHARTER_SOURCE;
  if (meta.source === 'demo') return DEMO_CHARTER_SOURCE;
  return null;
}

/** Returns what was applied, or null when the stored charter stays as it is. */
export function ensureCharterInForce(options: EnsureCharterOptions): Promise<CharterApplyResult | null> {
  return queueCharterUpdate(async () => {
    const bundled = await bundledCharterToApply(options);
    return bundled ? applyCharterText(bundled.text, bundled.from) : null;
  });
}
