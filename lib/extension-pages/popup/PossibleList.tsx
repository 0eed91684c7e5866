// Lower-confidence signals, shown apart from the findings as "possible" with the reason they are only possible. They are
// never underlined in the box, never counted in the badge nor in the draft's categories: the CM checks them by eye.
import type { PossibleSignal } from '../../core/engine/types';
import { t } from '../../shared/i18n';
import styles from './PossibleList.module.css';

export function PossibleList({ possible }: { possible: readonly PossibleSignal[] | undefined }) {
  if (!possible?.length) return null;
  return (
    <div class={styles.possible} data-testid="possible-list">
      <h3 class={styles.heading}>{t('possible_section_title')}</h3>
      <p class={styles.intro}>{t('possible_intro')}</p>
      <ul class={styles.list}>
        {possible.map((p) => (
          <li key={`${p.side}:${p.ruleId}:${p.start}`} class={styles.item} data-testid="possible" data-rule-id={p.ruleId} data-reason={p.reason}>
            <span class={styles.tag}>{t('possible_label')}</span>
            <span class={styles.where}>
              {t(`category_${p.category}`)} · {t(p.side === 'incoming' ? 'possible_side_incoming' : 'possible_side_draft')}
            </span>
            <span class={styles.message}>{p.message}</span>
            <span class={styles.reason}>{t('possible_reason', t(`possible_reason_${p.reason}`))}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
