// The false-positive reports of the period, newest first, with the text only where the CM chose to attach it.
import type { CompiledRule } from '../../core/charter/compiled';
import type { Lang } from '../../core/engine/vocabulary';
import { t } from '../../shared/i18n';
import { formatShortDay } from './format-rate';
import type { FalsePositiveReportRecord } from '../../shared/stats/stats-records';
import { NamedId, StatsTable } from './StatsTable';
import styles from './StatsTable.module.css';

interface FalsePositiveReportListProps {
  reports: readonly FalsePositiveReportRecord[];
  rules: ReadonlyMap<string, CompiledRule>;
  lang: Lang;
}

export function FalsePositiveReportList({ reports, rules, lang }: FalsePositiveReportListProps) {
  if (reports.length === 0) return <p class={styles.muted}>{t('stats_reports_none')}</p>;
  return (
    <StatsTable
      testId="false-positive-reports"
      columns={[{ label: t('stats_col_day') }, { label: t('stats_col_rule') }, { label: t('stats_col_reason') }, { label: t('stats_col_attached_text') }]}
    >
      {reports.map((report) => (
        <tr key={report.id ?? report.at} data-rule={report.ruleId}>
          <td class={styles.muted}>{formatShortDay(report.day, lang)}</td>
          <td>
            <NamedId text={rules.get(report.ruleId)?.message} id={report.ruleId} lang={lang} />
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
    </StatsTable>
  );
}
