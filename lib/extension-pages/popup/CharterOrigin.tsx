// The popup's footer line about the charter in force: its name, its version and its own date (updatedAt), and where it
// came from, named as everywhere else; when the last update failed, that the previous charter still applies.
import type { Lang } from '../../core/engine/vocabulary';
import type { CharterMeta, CharterProblem } from '../../shared/storage/charter-items';
import { t } from '../../shared/i18n';
import { charterFailureText } from '../common/charter-failure-text';
import { charterSourceName } from '../common/charter-source-name';
import { formatDateForPeople } from '../common/format-date';
import styles from './CharterOrigin.module.css';

interface CharterOriginProps {
  meta: CharterMeta | null;
  problem: CharterProblem | null;
  lang: Lang;
}

export function CharterOrigin({ meta, problem, lang }: CharterOriginProps) {
  if (!meta) return null;
  const failure = problem?.failures?.[0];
  return (
    <div class={styles.origin} data-testid="charter-origin">
      <span data-testid="charter-origin-line" title={meta.origin}>
        {t('popup_charter_origin', [meta.name, meta.version, formatDateForPeople(meta.updatedAt, lang), charterSourceName(meta.source)])}
      </span>
      {problem ? (
        <span class={styles.problem} role="status" data-testid="charter-origin-problem">
          {failure ? charterFailureText(failure) : problem.messages[0]} {t('popup_charter_previous_stays')}
        </span>
      ) : null}
    </div>
  );
}
