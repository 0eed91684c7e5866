// Whether a charter file (or the demo) may be put in force now: not past the settings lock (policy, junior mode, PIN),
// and not while a charter URL outranks files (the next refresh would silently replace the file).
import { authorizeChange } from '../../shared/settings/settings-lock';
import { readLockContext } from '../../shared/settings/lock-context';
import type { SettingsRefusal } from '../../shared/settings/settings-refusal';
import type { CharterFailure } from '../../shared/storage/charter-failure';
import { managerCharterUrlItem } from '../../shared/storage/manager-items';

export async function refuseFileImport(pin: string | undefined, checkPin: (pin: string) => Promise<SettingsRefusal | null>): Promise<CharterFailure | null> {
  const refusal = await authorizeChange('charter-file', await readLockContext(), pin, checkPin);
  if (refusal) return { kind: 'settings-locked', refusal };
  if (await managerCharterUrlItem.getValue()) return { kind: 'outranked', by: 'url' };
  return null;
}
