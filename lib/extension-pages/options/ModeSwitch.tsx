// The mode: one line saying the mode in force and who set it, and one radio per mode (normal, junior, crisis). The
// charter's default is marked on its own radio; choosing it follows the charter again instead of pinning the mode.
import type { Mode } from '../../core/engine/vocabulary';
import { MODES } from '../../core/engine/vocabulary';
import type { DistributionModel } from './use-distribution-model';
import { t } from '../../shared/i18n';
import { modeName } from '../common/ModeBadge';
import { DistributionResult } from './DistributionResult';
import { LockedNote } from './LockedNote';
import styles from './Distribution.module.css';

/** What the manager's choice becomes: the charter's default is stored as "follow the charter" (null). */
export function managerModeFor(choice: Mode, charterDefault: Mode): Mode | null {
  return choice === charterDefault ? null : choice;
}

export function ModeSwitch({ model }: { model: DistributionModel }) {
  const lock = model.locks.mode;
  const busy = model.busy !== null;
  const chosen = model.managerMode ?? model.charterDefault;
  return (
    <div data-testid="mode-switch" data-mode={model.mode.mode} data-origin={model.mode.origin}>
      <p data-testid="mode-in-force">{t('distribution_mode_in_force', [modeName(model.mode.mode), t(`distribution_mode_origin_${model.mode.origin}`)])}</p>
      <LockedNote lock={lock} testId="mode-locked" />
      <fieldset class={styles.modes} disabled={lock !== null || busy}>
        <legend>{t('distribution_mode_legend')}</legend>
        {MODES.map((choice) => (
          <label key={choice}>
            <input
              type="radio"
              name="gf-manager-mode"
              checked={chosen === choice}
              data-testid={`mode-option-${choice}`}
              onChange={() => model.setMode(managerModeFor(choice, model.charterDefault))}
            />
            {modeName(choice)}
            {choice === model.charterDefault ? <span class={styles.modeDefault}> {t('distribution_mode_charter_default_tag')}</span> : null}
          </label>
        ))}
      </fieldset>
      {!model.hasPin && lock === null ? <p class={styles.note}>{t('distribution_mode_junior_needs_pin')}</p> : null}
      <DistributionResult result={model.result} actions={['mode']} />
    </div>
  );
}
