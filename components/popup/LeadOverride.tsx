// Junior mode in the popup: which findings hold the reply back, and "Validated by my lead" with the manager PIN.
import { useState } from 'preact/hooks';
import type { JuniorOverride } from '../../lib/popup/use-junior-override';
import { t } from '../../lib/i18n';
import { settingsRefusalText } from '../../lib/ui/settings-refusal-text';
import { Button } from '../shared/Button';
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
        <form
          class={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <p class={styles.blocked} data-testid="lead-override-blocked">
            {t('lead_override_blocked', String(junior.blocking.length))}
          </p>
          <label class={styles.label}>
            {t('lead_override_pin_label')}
            <input
              type="password"
              inputMode="numeric"
              autoComplete="off"
              value={pin}
              disabled={busy}
              data-testid="lead-override-pin"
              onInput={(event) => setPin(event.currentTarget.value)}
            />
          </label>
          <Button variant="primary" disabled={busy || pin === ''} data-testid="lead-override-submit" onClick={submit}>
            {t('lead_override_submit')}
          </Button>
        </form>
      )}
      {status.kind === 'refused' ? (
        <p class={styles.refused} role="alert" data-testid="lead-override-result" data-result="refused">
          {settingsRefusalText(status.refusal)}
        </p>
      ) : null}
      {status.kind === 'validated' ? (
        <p class={styles.validated} role="status" data-testid="lead-override-result" data-result="validated">
          {t('lead_override_done', String(status.count))}
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
