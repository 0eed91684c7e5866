// Where the CM is replying: the platform, public or private, the kind of box and the reply's language.
import type { ActiveBoxState } from '../../lib/messaging/protocol';
import { t } from '../../lib/i18n';
import styles from './BoxContext.module.css';

export function platformName(platform: ActiveBoxState['platform']): string {
  return t(`popup_platform_${platform}`);
}

export function BoxContext({ box }: { box: ActiveBoxState }) {
  return (
    <>
      <ul class={styles.context} aria-label={t('popup_box_context_label')} data-testid="box-context">
        <li class={styles.chip} data-testid="box-platform">
          {platformName(box.platform)}
        </li>
        <li class={`${styles.chip} ${box.isPublic ? styles.public : styles.private}`} data-testid="box-visibility">
          {box.isPublic ? t('popup_box_public') : t('popup_box_private')}
        </li>
        <li class={styles.chip}>{t(`popup_box_kind_${box.kind}`)}</li>
        <li class={styles.chip}>{t('popup_box_lang', t(`phrasing_lang_${box.lang}`))}</li>
      </ul>
      {box.readable ? null : (
        <p class={styles.unreadable} role="alert">
          {t('popup_box_unreadable')}
        </p>
      )}
    </>
  );
}
