// The facts every settings decision needs, read from storage: the policy, the mode in force, whether a PIN is set.
import { compiledCharterItem } from '../storage/charter-items';
import { managerPinItem } from '../storage/manager-items';
import { policyStateItem } from '../storage/policy-state';
import { modeOverrideItem } from '../storage/settings-items';
import { effectiveMode } from './effective-mode';
import type { LockContext } from './settings-lock';

export async function readLockContext(): Promise<LockContext> {
  const [policy, managerMode, pin, compiled] = await Promise.all([
    policyStateItem.getValue(),
    modeOverrideItem.getValue(),
    managerPinItem.getValue(),
    compiledCharterItem.getValue(),
  ]);
  const { mode } = effectiveMode({ policyMode: policy.lockedMode, managerMode, charterDefault: compiled?.charter.defaultMode ?? null });
  return { policy, mode, hasPin: pin !== null };
}
