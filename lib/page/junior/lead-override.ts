// In junior mode a finding can only be overridden by a lead, with the manager PIN ("validated by my lead"); the content
// script asks the background to check the PIN, which counts wrong attempts. Outside junior mode nothing changes.
import { browser } from 'wxt/browser';
import type { Mode } from '../../core/engine/vocabulary';
import type { SettingsRefusal } from '../../shared/settings/settings-refusal';
import type { ManagerResponse } from '../../shared/messaging/manager-protocol';
import type { DismissReason } from '../../shared/messaging/dismiss-reason';

export interface OverrideAttempt {
  reason: DismissReason;
  pin?: string;
}

export async function askBackgroundToCheckPin(pin: string): Promise<SettingsRefusal | null> {
  try {
    const response = (await browser.runtime.sendMessage({ type: 'gardefou:check-manager-pin', pin })) as ManagerResponse | undefined;
    return response?.ok ? null : response?.refusal ?? 'not-saved';
  } catch {
    return 'not-saved';
  }
}

export async function refuseJuniorOverride(
  mode: Mode,
  attempt: OverrideAttempt,
  checkPin: (pin: string) => Promise<SettingsRefusal | null> = askBackgroundToCheckPin,
): Promise<SettingsRefusal | null> {
  if (mode !== 'junior') return null;
  if (attempt.reason !== 'approved_by_lead' || !attempt.pin) return 'pin-required';
  return checkPin(attempt.pin);
}
