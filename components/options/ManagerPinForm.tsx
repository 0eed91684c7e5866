// Setting, changing or removing the manager PIN (stored only as a salted hash by the background).
import { useState } from 'preact/hooks';
import type { DistributionModel } from '../../lib/options/use-distribution-model';
import { t } from '../../lib/i18n';
import { Button } from '../shared/Button';
import { DistributionResult } from './DistributionResult';
import { LockedNote } from './LockedNote';
import styles from './Distribution.module.css';

export function ManagerPinForm({ model }: { model: DistributionModel }) {
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const lock = model.locks.pin;
  const disabled = lock !== null || model.busy !== null;
  const save = () => {
    if (pin !== confirm) return setMismatch(true);
    setMismatch(false);
    model.setPin(pin);
    setPin('');
    setConfirm('');
  };
  return (
    <div data-testid="manager-pin" data-has-pin={model.hasPin ? 'true' : 'false'}>
      <p class={styles.note}>{t(model.hasPin ? 'distribution_pin_is_set' : 'distribution_pin_not_set')}</p>
      <LockedNote lock={lock} testId="pin-locked" />
      <form
        class={styles.row}
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <label class={styles.field}>
          {t(model.hasPin ? 'distribution_pin_new' : 'distribution_pin_label')}
          <input type="password" autoComplete="new-password" value={pin} disabled={disabled} data-testid="pin-new" onInput={(event) => setPin(event.currentTarget.value)} />
        </label>
        <label class={styles.field}>
          {t('distribution_pin_confirm')}
          <input
            type="password"
            autoComplete="new-password"
            value={confirm}
            disabled={disabled}
            data-testid="pin-confirm"
            onInput={(event) => setConfirm(event.currentTarget.value)}
          />
        </label>
        <Button variant="primary" disabled={disabled || pin === ''} data-testid="pin-save" onClick={save}>
          {t(model.hasPin ? 'distribution_pin_change' : 'distribution_pin_set')}
        </Button>
        {model.hasPin ? (
          <Button variant="quiet" disabled={disabled} data-testid="pin-remove" onClick={() => model.setPin(null)}>
            {t('distribution_pin_remove')}
          </Button>
        ) : null}
      </form>
      {mismatch ? (
        <p class={styles.refused} role="alert" data-testid="pin-mismatch">
          {t('distribution_pin_mismatch')}
        </p>
      ) : null}
      <DistributionResult result={model.result} actions={['pin']} />
    </div>
  );
}
