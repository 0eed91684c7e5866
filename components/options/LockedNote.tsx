// Says why a setting cannot be changed here: who locked it (the organisation's policy, junior mode, the manager PIN).
import type { SettingsRefusal } from '../../lib/manager/settings-refusal';
import { settingsRefusalText } from '../../lib/ui/settings-refusal-text';
import styles from './Distribution.module.css';

export function LockedNote({ lock, testId }: { lock: SettingsRefusal | null; testId: string }) {
  if (!lock) return null;
  return (
    <p class={styles.locked} data-testid={testId} data-lock={lock}>
      {settingsRefusalText(lock)}
    </p>
  );
}
