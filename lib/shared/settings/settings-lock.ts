// Who may change which setting: the policy's locks first, then the manager PIN (always needed in junior mode).
// Pure: the background applies it to every change request, the options page to what it greys out.
import type { Mode } from '../../core/engine/vocabulary';
import type { PolicyState } from '../storage/policy-state';
import type { SettingsRefusal } from './settings-refusal';

/** `slow-rules`: clearing the list of rules the pages found too slow (a manager's acknowledgement, like the others). */
export type SettingKind = 'charter-url' | 'charter-file' | 'mode' | 'pin' | 'slow-rules';

export interface LockContext {
  policy: PolicyState;
  /** The mode in force (policy > manager > charter default). */
  mode: Mode;
  hasPin: boolean;
}

/** A lock no PIN opens: the organisation's policy. */
export function policyLock(kind: SettingKind, { policy }: LockContext): SettingsRefusal | null {
  if (policy.lockSettings) return 'policy-locks-settings';
  if (kind === 'mode' && policy.lockedMode) return 'policy-locks-mode';
  if ((kind === 'charter-url' || kind === 'charter-file') && (policy.hasCharterJson || policy.charterUrl)) return 'policy-supplies-charter';
  return null;
}

/** Whether changes need the manager PIN: always once one is set, and in junior mode (where, without a PIN, nothing can change). */
export function pinLock(context: LockContext): 'none' | 'pin' | 'no-way' {
  if (context.hasPin) return 'pin';
  return context.mode === 'junior' ? 'no-way' : 'none';
}

/** What the page should say before any PIN is typed: null when the change can be made as is. */
export function lockBeforePin(kind: SettingKind, context: LockContext): SettingsRefusal | null {
  const byPolicy = policyLock(kind, context);
  if (byPolicy) return byPolicy;
  const pin = pinLock(context);
  if (pin === 'no-way') return 'junior-needs-pin';
  if (pin === 'pin') return context.mode === 'junior' ? 'junior-needs-pin' : 'pin-required';
  return null;
}

/**
 * Decides a change request: policy locks, then the PIN (checked by `verify`, which also counts failed attempts).
 * Returns null when the change may go ahead.
 */
export async function authorizeChange(
  kind: SettingKind,
  context: LockContext,
  pin: string | undefined,
  verify: (pin: string) => Promise<SettingsRefusal | null>,
): Promise<SettingsRefusal | null> {
  const byPolicy = policyLock(kind, context);
  if (byPolicy) return byPolicy;
  const needed = pinLock(context);
  if (needed === 'no-way') return 'junior-needs-pin';
  if (needed === 'none') return null;
  if (!pin) return context.mode === 'junior' ? 'junior-needs-pin' : 'pin-required';
  return verify(pin);
}
