// Messages from the options page, the popup and the content script to the background about distribution and modes.
// A PIN travels only inside the extension's own messaging, never into storage.
import type { CharterLoadOutcome } from './charter-load-outcome';
import type { Mode } from '../../core/engine/vocabulary';
import type { SettingsRefusal } from '../settings/settings-refusal';

export type ManagerRequest =
  /** null removes the manager's URL. */
  | { type: 'gardefou:set-charter-url'; url: string | null; pin?: string }
  /** null goes back to the charter's default mode. */
  | { type: 'gardefou:set-manager-mode'; mode: Mode | null; pin?: string }
  /** null removes the PIN; `pin` is the current one when a PIN is set. */
  | { type: 'gardefou:set-manager-pin'; newPin: string | null; pin?: string }
  /** Unlocks the options page, or checks a lead's override from the popup (wrong PINs are counted). */
  | { type: 'gardefou:check-manager-pin'; pin: string }
  /** Loads the authoritative charter source now (the options page's "Check now"; tests). */
  | { type: 'gardefou:refresh-charter' }
  /** The manager fixed the charter: forget the rules the pages reported too slow. */
  | { type: 'gardefou:clear-slow-rules'; pin?: string };

export type ManagerResponse =
  | { ok: true; load?: CharterLoadOutcome }
  | { ok: false; refusal: SettingsRefusal; load?: CharterLoadOutcome };

const TYPES: readonly string[] = [
  'gardefou:set-charter-url',
  'gardefou:set-manager-mode',
  'gardefou:set-manager-pin',
  'gardefou:check-manager-pin',
  'gardefou:refresh-charter',
  'gardefou:clear-slow-rules',
];

export function isManagerRequest(value: unknown): value is ManagerRequest {
  const type = (value as { type?: unknown } | null)?.type;
  return typeof type === 'string' && TYPES.includes(type);
}
