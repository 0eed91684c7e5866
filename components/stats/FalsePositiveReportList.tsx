// The false-positive reports of the period, newest first, with the text only where the CM chose to attach it.
import type { CompiledRule } from '../../lib/charter/compiled';
import type { Lang } from '../../lib/engine/vocabulary';
import { t } from '../../lib/i18n';
import { formatShortDay } from '../../lib/stats/format-rate';
import type { FalsePositiveReportRecord } from '../../lib/store/stats-records';
import { Localized } from '../shared/Localized';
import styles from './StatsTable.module.css';

interface FalsePositiveReportListProps {
  reports: readonly FalsePositiveReportRecord[];
  rules: ReadonlyMap<string, CompiledRule>;
  lang: Lang;
}

export function FalsePositiveReportList({ reports, rules, lang }: FalsePositiveReportListProps) {
  if (reports.length === 0) return <p class={styles.muted}>{t('stats_reports_none')}</p>;
  return (
    <div class={styles.scroll}>
      <table class={styles.table} data-testid="false-positive-reports">
        <thead>
          <tr>
            <th scope="col">{t('stats_col_day')}</th>
            <th scope="col">{t('stats_col_rule')}</th>
            <th scope="col">{t('stats_col_reason')}</th>
            <th scope="col">{t('stats_col_attached_text')}</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((report) => (
            <tr key={report.id ?? report.at} data-rule={report.ruleId}>
              <td class={styles.muted}>{formatShortDay(report.day, lang)}</td>
              <td>
                <span class={styles.label}>
                  <Localized text={rules.get(report.ruleId)?.message} lang={lang} fallback={report.ruleId} />
                </span>
                <span class={styles.id}>{report.ruleId}</span>
              </td>
              <td>{t(`stats_fp_reason_${report.reason}`)}</td>
              <td>
                {report.attachedText ? (
                  <blockquote class={styles.quote}>{report.attachedText}</blockquote>
                ) : (
                  <span class={styles.muted}>{t('stats_no_attached_text')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
