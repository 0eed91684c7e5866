// What the organisation's enterprise policy sets (read-only here) and every value Gardefou had to ignore.
import type { PolicyState } from '../../shared/storage/policy-state';
import { t } from '../../shared/i18n';
import { policyProblemText } from '../common/charter-failure-text';
import { modeName } from '../common/ModeBadge';
import styles from './Distribution.module.css';

export function PolicySummary({ policy }: { policy: PolicyState }) {
  const none = t('distribution_policy_not_set');
  // A key whose value was refused is not "not set": the administrator set something Gardefou could not use.
  const shown = (key: PolicyState['problems'][number]['key'], value: string) =>
    policy.problems.some((problem) => problem.key === key) ? t('distribution_policy_refused') : value;
  return (
    <div data-testid="policy-summary">
      <p class={styles.note}>{t('distribution_policy_intro')}</p>
      <dl class={styles.policy}>
        <dt>charterJson</dt>
        <dd>{shown('charterJson', policy.hasCharterJson ? t('distribution_policy_set') : none)}</dd>
        <dt>charterUrl</dt>
        <dd>{shown('charterUrl', policy.charterUrl ?? none)}</dd>
        <dt>lockedMode</dt>
        <dd>{shown('lockedMode', policy.lockedMode ? modeName(policy.lockedMode) : none)}</dd>
        <dt>lockSettings</dt>
        <dd>{shown('lockSettings', policy.lockSettings ? t('distribution_policy_yes') : t('distribution_policy_no'))}</dd>
      </dl>
      {policy.problems.length ? (
        <ul class={styles.refused} role="alert" data-testid="policy-problems">
          {policy.problems.map((problem) => (
            <li key={problem.key}>{policyProblemText(problem)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
