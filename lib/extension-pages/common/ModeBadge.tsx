// The working mode (normal, junior, crisis) as a labelled badge that stands out when it is not normal.
import type { Mode } from '../../core/engine/vocabulary';
import { t } from '../../shared/i18n';
import styles from './ModeBadge.module.css';

export function modeName(mode: Mode): string {
  return t(`popup_mode_${mode}`);
}

export function ModeBadge({ mode }: { mode: Mode }) {
  return (
    <span class={`${styles.badge} ${styles[mode]}`} data-mode={mode}>
      <span class={styles.dot} aria-hidden="true" />
      <span class="gf-visually-hidden">{t('popup_mode_label')} </span>
      {modeName(mode)}
    </span>
  );
}
