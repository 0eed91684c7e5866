// The rules this CM quieted for themselves, each with one click to restore it; said plainly when the mode suspends them.
import type { PopupModel } from './use-popup-model';
import { pickLocalized } from '../../core/localized-text';
import { t, tn } from '../../shared/i18n';
import { Button } from '../common/Button';
import styles from './QuietedRules.module.css';

export function QuietedRules({ model }: { model: PopupModel }) {
  const { quieted, uiLang } = model;
  if (quieted.list.length === 0) return null;
  const mode = model.mode === 'crisis' ? 'crisis' : 'junior';
  const messageOf = (ruleId: string) => pickLocalized(quieted.list.find(({ entry }) => entry.ruleId === ruleId)?.rule?.message, uiLang)?.text ?? ruleId;
  return (
    <section class={styles.section} aria-labelledby="gf-quieted-heading" data-testid="quieted-rules">
      <h2 id="gf-quieted-heading">
        {t('quiet_section_title')} <span class={styles.count}>{tn('quiet_count', quieted.list.length)}</span>
      </h2>
      {quieted.applies ? (
        <p class={styles.intro}>{t('quiet_intro')}</p>
      ) : (
        <p class={styles.suspended} data-testid="quieted-suspended">
          {t('quiet_suspended', t(`badge_mode_${mode}`))}
        </p>
      )}
      {quieted.justQuieted ? (
        <p class={styles.done} role="status" data-testid="quiet-done">
          {/* The rule's message ends its own sentence: no second full stop after it. */}
          {t('quiet_done', messageOf(quieted.justQuieted).replace(/[.。]\s*$/, ''))}
        </p>
      ) : null}
      <ul class={styles.list}>
        {quieted.list.map(({ entry }) => {
          const message = messageOf(entry.ruleId);
          return (
            <li key={entry.ruleId} class={styles.item} data-testid="quieted-rule" data-rule={entry.ruleId}>
              <span class={styles.message}>
                {message}
                <code class={styles.id}>{entry.ruleId}</code>
              </span>
              <Button
                variant="quiet"
                aria-label={t('quiet_restore_label', message)}
                data-testid="restore-rule"
                onClick={() => void quieted.restore(entry.ruleId)}
              >
                {t('quiet_restore')}
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
