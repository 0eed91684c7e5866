// The answer to the last change on the "Distribution & modes" tab: done, refused (and why), or what a charter load gave.
import type { CharterLoadOutcome } from '../../shared/messaging/charter-load-outcome';
import type { DistributionAction, DistributionResult as Result } from './use-distribution-model';
import { t, type MessageKey } from '../../shared/i18n';
import { charterFailureText } from '../common/charter-failure-text';
import { settingsRefusalText } from '../common/settings-refusal-text';
import styles from './Distribution.module.css';

const DONE_KEYS: Record<DistributionAction, MessageKey> = {
  url: 'distribution_done_url',
  refresh: 'distribution_done_refresh',
  mode: 'distribution_done_mode',
  pin: 'distribution_done_pin',
  unlock: 'distribution_done_unlock',
  'slow-rules': 'distribution_done_slow_rules',
};

function LoadOutcome({ load }: { load: CharterLoadOutcome }) {
  switch (load.status) {
    case 'applied':
      return <p class={styles.ok}>{t('distribution_load_applied', [load.meta.name, load.meta.version])}</p>;
    case 'unchanged':
      return <p class={styles.ok}>{t('distribution_load_unchanged', [load.meta.name, load.meta.version])}</p>;
    case 'stored':
      return <p class={styles.note}>{t('distribution_load_stored')}</p>;
    case 'failed':
      return (
        <div class={styles.refused}>
          {t('distribution_load_failed')}
          <ul>
            {load.failures.map((failure, index) => (
              <li key={index}>{charterFailureText(failure)}</li>
            ))}
          </ul>
        </div>
      );
  }
}

/** Shows the result when it answers one of `actions` (each form shows its own). */
export function DistributionResult({ result, actions }: { result: Result | null; actions: readonly DistributionAction[] }) {
  if (!result || !actions.includes(result.action)) return null;
  const { response } = result;
  return (
    <div role="status" data-testid={`result-${result.action}`} data-result={response.ok ? (response.load?.status ?? 'done') : 'refused'}>
      {response.ok ? null : <p class={styles.refused}>{settingsRefusalText(response.refusal)}</p>}
      {response.ok && !response.load ? <p class={styles.ok}>{t(DONE_KEYS[result.action])}</p> : null}
      {response.load ? <LoadOutcome load={response.load} /> : null}
    </div>
  );
}
