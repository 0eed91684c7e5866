// Response times per platform, and the charter's governance: who reviews top-level posts, whether escalations are logged.
import type { CompiledCharter } from '../../core/charter/compiled';
import { PLATFORMS, type Lang } from '../../core/engine/vocabulary';
import { t } from '../../shared/i18n';
import { Localized } from '../common/Localized';
import styles from './ResponseTimes.module.css';

export function ResponseTimes({ charter, lang }: { charter: CompiledCharter; lang: Lang }) {
  const platforms = PLATFORMS.filter((platform) => charter.responseTimes?.[platform]);
  const clause = (value: string | undefined) => (value ? ` (${value})` : '');
  return (
    <div data-testid="response-times">
      {platforms.length ? (
        <table class={styles.table}>
          <tbody>
            {platforms.map((platform) => (
              <tr key={platform}>
                <th scope="row">{t(`popup_platform_${platform}`)}</th>
                <td>
                  <Localized text={charter.responseTimes?.[platform]} lang={lang} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('options_response_times_none')}</p>
      )}
      <ul class={styles.facts}>
        <li>
          {(charter.review.topLevelPosts ? t('options_review_top_level_yes') : t('options_review_top_level_no')) + clause(charter.review.clause)}
        </li>
        <li>{(charter.escalationLog.enabled ? t('options_escalation_log_yes') : t('options_escalation_log_no')) + clause(charter.escalationLog.clause)}</li>
      </ul>
    </div>
  );
}
