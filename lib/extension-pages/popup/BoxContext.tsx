// Where the CM is replying: public or private (the platform, the kind of box and the reply's language in its title), and
// the draft's findings at a glance.
import type { ActiveBoxState } from '../../shared/messaging/protocol';
import { countBySeverity, SEVERITY_DISPLAY_ORDER } from './group-findings';
import { t } from '../../shared/i18n';
import { severityName } from '../common/SeverityLabel';
import styles from './BoxContext.module.css';

export function platformName(platform: ActiveBoxState['platform']): string {
  return t(`popup_platform_${platform}`);
}

/** The draft's counts by severity, as a link down to the findings (they sit below the phrasing list). */
function FindingsLink({ box }: { box: ActiveBoxState }) {
  const counts = countBySeverity(box.findings);
  const worst = SEVERITY_DISPLAY_ORDER.find((severity) => counts[severity] > 0);
  if (!worst) return <span class={`${styles.chip} ${styles.clean}`}>{t('finding_summary_clean')}</span>;
  const parts = SEVERITY_DISPLAY_ORDER.filter((severity) => counts[severity] > 0).map((severity) => `${severityName(severity)} ${counts[severity]}`);
  return (
    <a class={`${styles.chip} ${styles.link} ${styles[worst]}`} href="#gf-findings" data-testid="findings-link">
      {parts.join(' · ')} ↓
    </a>
  );
}

export function BoxContext({ box }: { box: ActiveBoxState }) {
  return (
    <>
      <ul class={styles.context} aria-label={t('popup_box_context_label')} data-testid="box-context">
        <li
          class={`${styles.chip} ${box.isPublic ? styles.public : styles.private}`}
          data-testid="box-visibility"
          data-platform={box.platform}
          data-lang={box.lang}
          title={`${platformName(box.platform)} · ${t(`popup_box_kind_${box.kind}`)} · ${t(`popup_box_lang_${box.lang}`)}`}
        >
          {box.isPublic ? t('popup_box_public') : t('popup_box_private')}
        </li>
        <li class="gf-visually-hidden">{t(`popup_box_lang_${box.lang}`)}</li>
        <li>
          <FindingsLink box={box} />
        </li>
      </ul>
      {box.readable ? null : (
        <p class={styles.unreadable} role="alert">
          {t('popup_box_unreadable')}
        </p>
      )}
    </>
  );
}
