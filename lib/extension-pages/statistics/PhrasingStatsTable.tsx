// Approved phrasings inserted over the period, with the path each one answers.
import type { CompiledPath, CompiledPhrasing } from '../../core/charter/compiled';
import type { Lang } from '../../core/engine/vocabulary';
import { t } from '../../shared/i18n';
import type { PhrasingSummary } from './phrasing-summary';
import { numericCell } from '../common/DataTable';
import { Localized } from '../common/Localized';
import { NamedId, StatsTable } from './StatsTable';
import styles from './StatsTable.module.css';

interface PhrasingStatsTableProps {
  summaries: readonly PhrasingSummary[];
  phrasings: ReadonlyMap<string, CompiledPhrasing>;
  paths: ReadonlyMap<string, CompiledPath>;
  lang: Lang;
}

export function PhrasingStatsTable({ summaries, phrasings, paths, lang }: PhrasingStatsTableProps) {
  if (summaries.length === 0) return <p class={styles.muted}>{t('stats_phrasings_none')}</p>;
  return (
    <StatsTable
      testId="phrasing-stats"
      columns={[{ label: t('stats_col_phrasing') }, { label: t('stats_col_path') }, { label: t('stats_col_inserted'), numeric: true }]}
    >
      {summaries.map((summary) => (
        <tr key={summary.phrasingId} data-phrasing={summary.phrasingId}>
          <td>
            <NamedId text={phrasings.get(summary.phrasingId)?.title} id={summary.phrasingId} lang={lang} />
          </td>
          <td>
            {summary.pathId ? <Localized text={paths.get(summary.pathId)?.label} lang={lang} fallback={summary.pathId} /> : t('stats_no_path')}
          </td>
          <td class={numericCell}>{summary.inserted}</td>
        </tr>
      ))}
    </StatsTable>
  );
}
