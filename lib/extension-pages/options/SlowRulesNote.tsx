// The rules CMs' pages switched off for running too long (reported by the pages, ids only), under the charter status: the
// manager fixes those rules, then clears the list (a new charter version clears it by itself).
import type { SlowRulesReport } from '../../shared/storage/slow-rules';
import { t, tn } from '../../shared/i18n';
import { Button } from '../common/Button';
import { DistributionResult } from './DistributionResult';
import { LockedNote } from './LockedNote';
import type { DistributionModel } from './use-distribution-model';
import styles from './CharterStatus.module.css';

export function SlowRulesNote({ report, distribution }: { report: SlowRulesReport | null; distribution: DistributionModel }) {
  const lock = distribution.locks['slow-rules'];
  return (
    <>
      {report?.rules.length ? (
        <div class={styles.slow} role="alert" data-testid="slow-rules" data-count={report.rules.length}>
          <strong>{tn('options_slow_rules', report.rules.length, [report.rules.map((entry) => entry.ruleId).join(', ')])}</strong>
          <p>{t('options_slow_rules_hint')}</p>
          <LockedNote lock={lock} testId="slow-rules-locked" />
          <Button disabled={lock !== null || distribution.busy !== null} data-testid="slow-rules-clear" onClick={distribution.clearSlowRules}>
            {t('options_slow_rules_clear')}
          </Button>
        </div>
      ) : null}
      <DistributionResult result={distribution.result} actions={['slow-rules']} />
    </>
  );
}
