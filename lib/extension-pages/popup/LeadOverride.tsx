// Junior mode in the popup: which findings hold the reply back, and "Validated by my lead" with the manager PIN.
import { useState } from 'preact/hooks';
import type { JuniorOverride } from './use-junior-override';
import { t, tn } from '../../shared/i18n';
import { settingsRefusalText } from '../common/settings-refusal-text';
import { ActionForm } from '../common/ActionForm';
import { Button } from '../common/Button';
import { PinField } from '../common/PinField';
import styles from './LeadOverride.module.css';

export function LeadOverride({ junior }: { junior: JuniorOverride }) {
  const [pin, setPin] = useState('');
  if (!junior.applies) return null;
  const { status } = junior.override;
  const busy = status.kind === 'checking';
  const submit = () => {
    if (pin) void junior.override.validate(pin).then(() => setPin(''));
  };
  return (
    <section class={styles.section} aria-labelledby="gf-lead-heading" data-testid="lead-override">
      <h2 id="gf-lead-heading">{t('lead_override_title')}</h2>
      {junior.blocking.length === 0 ? (
        <p class={styles.clear} data-testid="lead-override-clear">
          {t('lead_override_nothing_blocks')}
        </p>
      ) : (
        <ActionForm class={styles.form} onSubmit={submit}>
          <p class={styles.blocked} data-testid="lead-override-blocked">
            {tn('lead_override_blocked', junior.blocking.length)}
          </p>
          <PinField class={styles.label} label={t('lead_override_pin_label')} numeric value={pin} onValue={setPin} disabled={busy} testId="lead-override-pin" />
          <Button variant="primary" disabled={busy || pin === ''} data-testid="lead-override-submit" onClick={submit}>
            {t('lead_override_submit')}
          </Button>
        </ActionForm>
      )}
      {status.kind === 'refused' ? (
        <p class={styles.refused} role="alert" data-testid="lead-override-result" data-result="refused">
          {settingsRefusalText(status.refusal)}
        </p>
      ) : null}
      {status.kind === 'validated' ? (
        <p class={styles.validated} role="status" data-testid="lead-override-result" data-result="validated">
          {tn('lead_override_done', status.count)}
        </p>
      ) : null}
      {status.kind === 'stale' ? (
        <p class={styles.refused} role="alert" data-testid="lead-override-result" data-result="stale">
          {t('lead_override_stale')}
        </p>
      ) : null}
    </section>
  );
}
