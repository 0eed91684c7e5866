// The CM reports a finding as a false positive: a reason, and the flagged text only if they tick "attach" and see exactly what is saved.
import { useEffect, useRef } from 'preact/hooks';
import type { AnyPlatform } from '../../../core/engine/vocabulary';
import { t } from '../../../shared/i18n';
import { useFalsePositiveForm } from './use-false-positive-form';
import { FALSE_POSITIVE_REASONS, type StatsEvent } from '../../../shared/stats/stats-event';
import { Button, ButtonRow } from '../Button';
import styles from './FalsePositiveDialog.module.css';

interface FalsePositiveDialogProps {
  ruleId: string;
  /** The finding's message, to name the rule in words. */
  ruleLabel: string;
  platform: AnyPlatform;
  /** Reads the flagged text from the page, only once the CM ticks "attach"; without it the dialog offers no text. */
  readFlaggedText?: () => Promise<string | null>;
  /** Defaults to sending the report to the background at once. */
  submit?: (event: StatsEvent) => Promise<boolean>;
  onClose(): void;
}

export function FalsePositiveDialog({ ruleId, ruleLabel, platform, readFlaggedText, submit, onClose }: FalsePositiveDialogProps) {
  const form = useFalsePositiveForm({ ruleId, platform, readFlaggedText, submit });
  const dialogRef = useRef<HTMLDivElement>(null);
  const titleId = `fp-title-${ruleId}`;

  useEffect(() => {
    dialogRef.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Escape closes this dialog only, not the popup around it.
    event.preventDefault();
    event.stopPropagation();
    onClose();
  };

  if (form.status === 'sent') {
    return (
      <div class={styles.dialog} role="dialog" aria-labelledby={titleId} ref={dialogRef} onKeyDown={onKeyDown} data-testid="false-positive-dialog">
        <h2 id={titleId} class={styles.title}>
          {t('stats_fp_title')}
        </h2>
        <p role="status">{t('stats_fp_sent')}</p>
        <Button autoFocus onClick={onClose}>
          {t('stats_fp_close')}
        </Button>
      </div>
    );
  }

  return (
    <div class={styles.dialog} role="dialog" aria-labelledby={titleId} ref={dialogRef} onKeyDown={onKeyDown} data-testid="false-positive-dialog">
      <h2 id={titleId} class={styles.title}>
        {t('stats_fp_title')}
      </h2>
      <p class={styles.rule}>
        {t('stats_fp_rule', ruleLabel)} <span class={styles.id}>{ruleId}</span>
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void form.send();
        }}
      >
        <fieldset class={styles.reasons}>
          <legend>{t('stats_fp_reason_legend')}</legend>
          {FALSE_POSITIVE_REASONS.map((reason) => (
            <label key={reason}>
              <input type="radio" name="fp-reason" value={reason} checked={form.reason === reason} onChange={() => form.setReason(reason)} />
              {t(`stats_fp_reason_${reason}`)}
            </label>
          ))}
        </fieldset>
        {form.canAttach ? (
          <label class={styles.attach}>
            <input
              type="checkbox"
              checked={form.attach}
              data-testid="fp-attach"
              onChange={(event) => form.setAttach(event.currentTarget.checked)}
            />
            {t('stats_fp_attach')}
          </label>
        ) : null}
        <div class={styles.preview} aria-live="polite">
          {form.attach && form.attachable.status === 'reading' ? <p class={styles.note}>{t('stats_fp_attach_reading')}</p> : null}
          {form.attach && form.attachable.status === 'unavailable' ? <p class={styles.note}>{t('stats_fp_attach_unavailable')}</p> : null}
          {form.attach && form.attachable.status === 'ready' ? (
            <>
              <p class={styles.note}>{t('stats_fp_attach_preview')}</p>
              <blockquote class={styles.quote} data-testid="fp-attached-text">
                {form.attachable.text}
              </blockquote>
            </>
          ) : null}
          {!form.attach ? <p class={styles.note}>{t('stats_fp_without_text')}</p> : null}
        </div>
        {form.status === 'failed' ? (
          <p class={styles.error} role="alert">
            {t('stats_fp_failed')}
          </p>
        ) : null}
        <ButtonRow>
          <Button variant="primary" onClick={() => void form.send()} disabled={!form.reason || form.status === 'sending' || form.attachable.status === 'reading'} data-testid="fp-send">
            {t('stats_fp_send')}
          </Button>
          <Button onClick={onClose}>{t('stats_fp_cancel')}</Button>
        </ButtonRow>
      </form>
    </div>
  );
}
