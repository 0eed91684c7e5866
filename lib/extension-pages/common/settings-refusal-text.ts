// Why a settings change was refused, in the reader's language.
import { t, type MessageKey } from '../../shared/i18n';
import type { SettingsRefusal } from '../../shared/settings/settings-refusal';

const KEYS: Record<SettingsRefusal, MessageKey> = {
  'policy-locks-settings': 'settings_refusal_policy_locks_settings',
  'policy-locks-mode': 'settings_refusal_policy_locks_mode',
  'policy-supplies-charter': 'settings_refusal_policy_supplies_charter',
  'junior-needs-pin': 'settings_refusal_junior_needs_pin',
  'pin-required': 'settings_refusal_pin_required',
  'wrong-pin': 'settings_refusal_wrong_pin',
  'pin-attempts-exceeded': 'settings_refusal_pin_attempts_exceeded',
  'junior-needs-a-pin-set': 'settings_refusal_junior_needs_a_pin_set',
  'pin-format': 'settings_refusal_pin_format',
  'bad-value': 'settings_refusal_bad_value',
  'not-saved': 'settings_refusal_not_saved',
};

export function settingsRefusalText(refusal: SettingsRefusal): string {
  return t(KEYS[refusal]);
}
