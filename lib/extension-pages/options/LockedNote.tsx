// Says why a setting cannot be changed here: who locked it (the organisation's policy, junior mode, the manager PIN, a charter URL).
import type { SettingsRefusal } from '../../shared/settings/settings-refusal';
import { settingsRefusalText } from '../common/settings-refusal-text';
import styles from './Distribution.module.css';

interface LockedNoteProps {
  testId: string;
  /** The settings refusal that locks it, said in words (and named in data-lock). */
  lock?: SettingsRefusal | null;
  /** The words, when what locks it is not a settings refusal. */
  reason?: string | null;
}

export function LockedNote({ testId, lock = null, reason = lock && settingsRefusalText(lock) }: LockedNoteProps) {
  if (!reason) return null;
  return (
    <p class={styles.locked} data-testid={testId} data-lock={lock ?? undefined}>
      {reason}
    </p>
  );
}
