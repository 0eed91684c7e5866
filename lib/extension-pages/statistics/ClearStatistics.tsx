// "Clear all statistics", behind a confirmation that says what goes and that it cannot be undone.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { Button, ButtonRow } from '../common/Button';
import styles from './ClearStatistics.module.css';

type ClearStep = 'idle' | 'confirming' | 'clearing' | 'cleared' | 'failed';

export function ClearStatistics({ onClear }: { onClear(): Promise<boolean> }) {
  const [step, setStep] = useState<ClearStep>('idle');
  const openerRef = useRef<HTMLButtonElement>(null);
  const confirmedOnce = useRef(false);

  // Back from the confirmation, focus returns to the button that opened it.
  useEffect(() => {
    if (step === 'confirming') confirmedOnce.current = true;
    else if (step !== 'clearing' && confirmedOnce.current) openerRef.current?.focus();
  }, [step]);

  const confirm = async () => {
    setStep('clearing');
    setStep((await onClear()) ? 'cleared' : 'failed');
  };

  if (step === 'confirming' || step === 'clearing') {
    return (
      <div class={styles.confirm} role="alertdialog" aria-labelledby="stats-clear-question" data-testid="clear-confirm">
        <p id="stats-clear-question">{t('stats_clear_confirm')}</p>
        <ButtonRow>
          <Button variant="primary" disabled={step === 'clearing'} data-testid="clear-confirm-button" onClick={() => void confirm()}>
            {t('stats_clear_confirm_button')}
          </Button>
          <Button autoFocus onClick={() => setStep('idle')}>
            {t('stats_clear_cancel')}
          </Button>
        </ButtonRow>
      </div>
    );
  }
  return (
    <div class={styles.clear}>
      <Button ref={openerRef} data-testid="clear-statistics" onClick={() => setStep('confirming')}>
        {t('stats_clear_button')}
      </Button>
      <span role="status" class={step === 'failed' ? styles.error : styles.done}>
        {step === 'cleared' ? t('stats_cleared') : step === 'failed' ? t('stats_clear_failed') : ''}
      </span>
    </div>
  );
}
