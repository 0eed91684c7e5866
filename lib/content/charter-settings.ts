// The compiled charter and the mode override as the content script sees them: read once, then followed as they change.
import type { CompiledCharter } from '../charter/compiled';
import type { Mode } from '../engine/vocabulary';
import { compiledCharterItem } from '../storage/charter-items';
import { modeOverrideItem } from '../storage/settings-items';

export interface CharterSettings {
  charter: CompiledCharter | null;
  modeOverride: Mode | null;
}

export function watchCharterSettings(onChange: (settings: CharterSettings) => void): () => void {
  let settings: CharterSettings = { charter: null, modeOverride: null };
  let disposed = false;
  // A change seen by the watcher is newer than the first read, which may resolve after it.
  const changed = { charter: false, modeOverride: false };
  const update = (next: Partial<CharterSettings>) => {
    if (disposed) return;
    settings = { ...settings, ...next };
    onChange(settings);
  };
  const stopCharter = compiledCharterItem.watch((charter) => {
    changed.charter = true;
    update({ charter });
  });
  const stopMode = modeOverrideItem.watch((modeOverride) => {
    changed.modeOverride = true;
    update({ modeOverride });
  });
  void Promise.all([compiledCharterItem.getValue(), modeOverrideItem.getValue()]).then(
    ([charter, modeOverride]) => update({ ...(changed.charter ? {} : { charter }), ...(changed.modeOverride ? {} : { modeOverride }) }),
    // Storage unavailable (extension reloaded under the page): stay silent, with no charter.
    () => undefined,
  );
  return () => {
    disposed = true;
    stopCharter();
    stopMode();
  };
}
