// Follows the mode in force (policy > manager > charter default) and where it comes from, in any extension context.
import type { Mode } from '../../core/engine/vocabulary';
import { compiledCharterItem } from '../storage/charter-items';
import { policyStateItem } from '../storage/policy-state';
import { modeOverrideItem } from '../storage/settings-items';
import { effectiveMode, type EffectiveMode } from './effective-mode';

export function watchEffectiveMode(onChange: (mode: EffectiveMode) => void): () => void {
  let policyMode: Mode | null = null;
  let managerMode: Mode | null = null;
  let charterDefault: Mode | null = null;
  let last = '';
  const emit = () => {
    const next = effectiveMode({ policyMode, managerMode, charterDefault });
    const key = `${next.mode}:${next.origin}`;
    if (key === last) return;
    last = key;
    onChange(next);
  };
  const stops = [
    policyStateItem.watch((policy) => ((policyMode = policy.lockedMode), emit())),
    modeOverrideItem.watch((mode) => ((managerMode = mode), emit())),
    compiledCharterItem.watch((charter) => ((charterDefault = charter?.charter.defaultMode ?? null), emit())),
  ];
  void Promise.all([policyStateItem.getValue(), modeOverrideItem.getValue(), compiledCharterItem.getValue()]).then(
    ([policy, mode, charter]) => {
      policyMode = policy.lockedMode;
      managerMode = mode;
      charterDefault = charter?.charter.defaultMode ?? null;
      emit();
    },
    () => undefined,
  );
  return () => stops.forEach((stop) => stop());
}
