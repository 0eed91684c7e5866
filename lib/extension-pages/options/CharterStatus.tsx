// The charter in force and the last problem loading one, if any (a refused file, an unreachable URL…).
import type { Lang } from '../../core/engine/vocabulary';
import type { CharterMeta, CharterProblem } from '../../shared/storage/charter-items';
import { t } from '../../shared/i18n';
import { charterFailureText } from '../common/charter-failure-text';
import { formatDateForPeople } from '../common/format-date';
import { CharterFacts } from '../common/CharterFacts';
import { charterSourceName } from '../common/charter-source-name';
import { CharterErrorList } from './CharterErrorList';
import styles from './CharterStatus.module.css';

interface CharterStatusProps {
  meta: CharterMeta | null;
  problem: CharterProblem | null;
  /** The first charter is still being loaded: say so instead of "no charter". */
  loading: boolean;
  lang: Lang;
}

export function CharterStatus({ meta, problem, loading, lang }: CharterStatusProps) {
  return (
    <div>
      {meta ? (
        <CharterFacts meta={meta} lang={lang} />
      ) : loading ? (
        <p class={styles.none} role="status" data-testid="charter-loading">
          {t('options_charter_loading')}
        </p>
      ) : (
        <p class={styles.none} data-testid="no-charter">
          {t('options_no_charter')}
        </p>
      )}
      {problem ? (
        <div class={styles.problem} role="alert" data-testid="charter-problem">
          <strong>
            {t('options_problem_title', [charterSourceName(problem.source), formatDateForPeople(problem.at, lang)])}
          </strong>
          {problem.origin ? <p>{problem.origin}</p> : null}
          {problem.failures?.length ? (
            <ul class={styles.failures} data-testid="charter-problem-failures">
              {problem.failures.map((failure, index) => (
                <li key={index} data-failure={failure.kind}>
                  {charterFailureText(failure)}
                </li>
              ))}
            </ul>
          ) : null}
          <p>{meta ? t('options_previous_stays', [meta.name, meta.version]) : null}</p>
          {problem.messages.length ? <CharterErrorList lines={problem.messages} testId="charter-problem-errors" /> : null}
        </div>
      ) : null}
    </div>
  );
}
