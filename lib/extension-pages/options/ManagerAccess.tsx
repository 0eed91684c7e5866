// Who may change the settings right now, and the manager's unlock with the PIN (held by this page only while it is open).
import { useState } from 'preact/hooks';
import type { DistributionModel } from './use-distribution-model';
import { t } from '../../shared/i18n';
import { ActionForm } from '../common/ActionForm';
import { Button } from '../common/Button';
import { PinField } from '../common/PinField';
import { DistributionResult } from './DistributionResult';
import styles from './Distribution.module.css';

function accessText(model: DistributionModel): string {
  if (model.policy.lockSettings) return t('settings_refusal_policy_locks_settings');
  if (model.unlocked) return t('distribution_access_unlocked');
  if (model.mode.mode === 'junior') return t(model.hasPin ? 'settings_refusal_junior_needs_pin' : 'distribution_access_junior_no_pin');
  if (model.hasPin) return t('distribution_access_pin');
  return t('distribution_access_open');
}

export function ManagerAccess({ model }: { model: DistributionModel }) {
  const [pin, setPin] = useState('');
  const canUnlock = model.hasPin && !model.unlocked && !model.policy.lockSettings;
  const unlock = () => {
    if (pin) model.unlock(pin);
    setPin('');
  };
  return (
    <div data-testid="manager-access" data-unlocked={model.unlocked ? 'true' : 'false'}>
      <p class={model.unlocked || (!model.hasPin && model.mode.mode !== 'junior') ? styles.note : styles.locked} data-testid="access-state">
        {accessText(model)}
      </p>
      {canUnlock ? (
        <ActionForm class={styles.row} onSubmit={unlock}>
          <PinField class={styles.field} label={t('distribution_pin_label')} value={pin} onValue={setPin} testId="unlock-pin" />
          <Button variant="primary" disabled={pin === '' || model.busy !== null} data-testid="unlock-submit" onClick={unlock}>
            {t('distribution_unlock')}
          </Button>
        </ActionForm>
      ) : null}
      {model.unlocked ? (
        <Button onClick={model.lock} data-testid="lock-again">
          {t('distribution_lock_again')}
        </Button>
      ) : null}
      <DistributionResult result={model.result} actions={['unlock']} />
    </div>
  );
}
