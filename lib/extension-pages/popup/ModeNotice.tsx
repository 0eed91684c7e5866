// What junior or crisis mode changes for this reply, spelled out under the header (nothing in normal mode).
import type { ModeSettings } from '../../core/charter/compiled';
import type { Mode } from '../../core/engine/vocabulary';
import { t } from '../../shared/i18n';
import styles from './ModeNotice.module.css';

interface ModeNoticeProps {
  mode: Mode;
  settings: ModeSettings | undefined;
}

export function ModeNotice({ mode, settings }: ModeNoticeProps) {
  if (mode === 'normal') return null;
  if (mode === 'junior') {
    const categories = (settings?.junior.approvedOnlyFor ?? []).map((category) => t(`category_${category}`)).join(', ');
    return (
      <p class={`${styles.notice} ${styles.junior}`} data-testid="mode-notice">
        {categories ? t('popup_mode_junior_detail', categories) : t('popup_mode_junior_detail_short')}
      </p>
    );
  }
  return (
    <p class={`${styles.notice} ${styles.crisis}`} role="alert" data-testid="mode-notice">
      {t('popup_mode_crisis_detail')}
    </p>
  );
}
