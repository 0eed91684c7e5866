// Setting, changing or removing the manager PIN (stored only as a salted hash by the background).
import { useState } from 'preact/hooks';
import type { DistributionModel } from './use-distribution-model';
import { t } from '../../shared/i18n';
import { ActionForm } from '../common/ActionForm';
import { Button } from '../common/Button';
import { PinField } from '../common/PinField';
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
      <ActionForm class={styles.row} onSubmit={save}>
        <PinField
          class={styles.field}
          label={t(model.hasPin ? 'distribution_pin_new' : 'distribution_pin_label')}
          autoComplete="new-password"
          value={pin}
          onValue={setPin}
          disabled={disabled}
          testId="pin-new"
        />
        <PinField
          class={styles.field}
          label={t('distribution_pin_confirm')}
          autoComplete="new-password"
          value={confirm}
          onValue={setConfirm}
          disabled={disabled}
          testId="pin-confirm"
        />
        <Button variant="primary" disabled={disabled || pin === ''} data-testid="pin-save" onClick={save}>
          {t(model.hasPin ? 'distribution_pin_change' : 'distribution_pin_set')}
        </Button>
        {model.hasPin ? (
          <Button variant="quiet" disabled={disabled} data-testid="pin-remove" onClick={() => model.setPin(null)}>
            {t('distribution_pin_remove')}
          </Button>
        ) : null}
      </ActionForm>
      {mismatch ? (
        <p class={styles.refused} role="alert" data-testid="pin-mismatch">
          {t('distribution_pin_mismatch')}
        </p>
      ) : null}
      <DistributionResult result={model.result} actions={['pin']} />
    </div>
  );
}
