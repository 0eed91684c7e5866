// What the "Distribution & modes" tab greys out, and why: the policy's locks always, the PIN's until the manager unlocks.
import { lockBeforePin, policyLock, type LockContext, type SettingKind } from '../../shared/settings/settings-lock';
import type { SettingsRefusal } from '../../shared/settings/settings-refusal';

export type DistributionLocks = Record<SettingKind, SettingsRefusal | null>;

const KINDS: readonly SettingKind[] = ['charter-url', 'charter-file', 'mode', 'pin', 'slow-rules'];

/** `unlocked`: the manager typed the right PIN in this page; the policy's locks stay whatever the PIN. */
export function distributionLocks(context: LockContext, unlocked: boolean): DistributionLocks {
  const locks = {} as DistributionLocks;
  for (const kind of KINDS) locks[kind] = policyLock(kind, context) ?? (unlocked ? null : lockBeforePin(kind, context));
  return locks;
}
