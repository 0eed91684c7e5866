// The compiled charter and the imposed mode as the content script sees them: read once, then followed as they change.
// The imposed mode is the policy's lockedMode, else the manager's setting (lib/manager/effective-mode.ts).
import type { CompiledCharter } from '../../core/charter/compiled';
import type { Mode } from '../../core/engine/vocabulary';
import { imposedMode } from '../../shared/settings/effective-mode';
import type { QuietedRule } from '../../shared/settings/quieting';
import type { PolicyState } from '../../shared/storage/policy-state';
import { localValue } from './local-values';

// The items of lib/shared/storage (charter-items, policy-state, settings-items, quieted-rules), read without WXT's storage layer.
const compiledCharterItem = localValue<CompiledCharter | null>('compiledCharter', null);
const policyStateItem = localValue<Pick<PolicyState, 'lockedMode'> | null>('policyState', null);
const modeOverrideItem = localValue<Mode | null>('modeOverride', null);
const quietedRulesItem = localValue<readonly QuietedRule[]>('quietedRules', []);

export interface CharterSettings {
  charter: CompiledCharter | null;
  /** The mode that overrides the charter's default (policy first, then manager); null: the charter's default applies. */
  modeOverride: Mode | null;
  /** The rules this CM quieted (the session hides their findings where quieting applies); none when absent. */
  quieted?: readonly QuietedRule[];
}

export function watchCharterSettings(onChange: (settings: CharterSettings) => void): () => void {
  let charter: CompiledCharter | null = null;
  let policyMode: Mode | null = null;
  let managerMode: Mode | null = null;
  let quieted: readonly QuietedRule[] = [];
  let settings: CharterSettings = { charter: null, modeOverride: null, quieted };
  let disposed = false;
  // A change seen by a watcher is newer than the first read, which may resolve after it.
  const changed = { charter: false, policy: false, manager: false, quieted: false };
  const update = () => {
    if (disposed) return;
    settings = { charter, modeOverride: imposedMode(policyMode, managerMode), quieted };
    onChange(settings);
  };
  const stops = [
    compiledCharterItem.watch((next) => {
      changed.charter = true;
      charter = next;
      update();
    }),
    policyStateItem.watch((next) => {
      changed.policy = true;
      policyMode = next?.lockedMode ?? null;
      update();
    }),
    modeOverrideItem.watch((next) => {
      changed.manager = true;
      managerMode = next;
      update();
    }),
    quietedRulesItem.watch((next) => {
      changed.quieted = true;
      quieted = next;
      update();
    }),
  ];
  void Promise.all([compiledCharterItem.getValue(), policyStateItem.getValue(), modeOverrideItem.getValue(), quietedRulesItem.getValue()]).then(
    ([storedCharter, policy, manager, storedQuieted]) => {
      if (!changed.charter) charter = storedCharter;
      if (!changed.policy) policyMode = policy?.lockedMode ?? null;
      if (!changed.manager) managerMode = manager;
      if (!changed.quieted) quieted = storedQuieted;
      update();
    },
    // Storage unavailable (extension reloaded under the page): stay silent, with no charter.
    () => undefined,
  );
  return () => {
    disposed = true;
    for (const stop of stops) stop();
  };
}
