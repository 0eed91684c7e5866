// Approved phrasings inserted over the period, with the path each one answers.
import type { CompiledPath, CompiledPhrasing } from '../../lib/charter/compiled';
import type { Lang } from '../../lib/engine/vocabulary';
import { t } from '../../lib/i18n';
import type { PhrasingSummary } from '../../lib/stats/phrasing-summary';
import { Localized } from '../shared/Localized';
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
    <div class={styles.scroll}>
      <table class={styles.table} data-testid="phrasing-stats">
        <thead>
          <tr>
            <th scope="col">{t('stats_col_phrasing')}</th>
            <th scope="col">{t('stats_col_path')}</th>
            <th scope="col" class={styles.numeric}>
              {t('stats_col_inserted')}
            </th>
          </tr>
        </thead>
        <tbody>
          {summaries.map((summary) => (
            <tr key={summary.phrasingId} data-phrasing={summary.phrasingId}>
              <td>
                <span class={styles.label}>
                  <Localized text={phrasings.get(summary.phrasingId)?.title} lang={lang} fallback={summary.phrasingId} />
                </span>
                <span class={styles.id}>{summary.phrasingId}</span>
              </td>
              <td>
                {summary.pathId ? <Localized text={paths.get(summary.pathId)?.label} lang={lang} fallback={summary.pathId} /> : t('stats_no_path')}
              </td>
              <td class={styles.numeric}>{summary.inserted}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
