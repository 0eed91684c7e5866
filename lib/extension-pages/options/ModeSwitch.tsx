// The manager's mode: the charter's default, normal, junior or crisis; the mode in force and who set it.
import type { Mode } from '../../core/engine/vocabulary';
import type { DistributionModel } from './use-distribution-model';
import { t } from '../../shared/i18n';
import { ModeBadge, modeName } from '../common/ModeBadge';
import { DistributionResult } from './DistributionResult';
import { LockedNote } from './LockedNote';
import styles from './Distribution.module.css';

const CHOICES: readonly (Mode | null)[] = [null, 'normal', 'junior', 'crisis'];

export function ModeSwitch({ model }: { model: DistributionModel }) {
  const lock = model.locks.mode;
  const busy = model.busy !== null;
  return (
    <div data-testid="mode-switch" data-mode={model.mode.mode} data-origin={model.mode.origin}>
      <p data-testid="mode-in-force">
        {t('options_mode_in_force')} <ModeBadge mode={model.mode.mode} /> {t(`distribution_mode_origin_${model.mode.origin}`)}
      </p>
      <LockedNote lock={lock} testId="mode-locked" />
      <fieldset class={styles.modes} disabled={lock !== null || busy}>
        <legend>{t('distribution_mode_legend')}</legend>
        {CHOICES.map((choice) => (
          <label key={choice ?? 'default'}>
            <input
              type="radio"
              name="gf-manager-mode"
              checked={model.managerMode === choice}
              data-testid={`mode-option-${choice ?? 'default'}`}
              onChange={() => model.setMode(choice)}
            />
            {choice === null ? t('distribution_mode_charter_default', modeName(model.charterDefault)) : modeName(choice)}
          </label>
        ))}
      </fieldset>
      {!model.hasPin && lock === null ? <p class={styles.note}>{t('distribution_mode_junior_needs_pin')}</p> : null}
      <DistributionResult result={model.result} actions={['mode']} />
    </div>
  );
}
