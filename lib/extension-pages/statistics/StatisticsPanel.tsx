// The statistics view the options page mounts: per rule, per path and per phrasing over 7/30/90 days, the reports, export and clearing.
import type { CompiledCharter } from '../../core/charter/compiled';
import type { Lang } from '../../core/engine/vocabulary';
import { t } from '../../shared/i18n';
import { useCharterLookups } from './charter-lookups';
import { highestDailyCount } from './escalations-by-day';
import { useStatistics } from './use-statistics';
import { useStatsExport } from './use-stats-export';
import type { StatsReader } from '../../shared/stats-db/stats-store';
import { Button } from '../common/Button';
import { ClearStatistics } from './ClearStatistics';
import { EscalationChart } from './EscalationChart';
import { FalsePositiveReportList } from './FalsePositiveReportList';
import { PeriodPicker } from './PeriodPicker';
import { PhrasingStatsTable } from './PhrasingStatsTable';
import { RuleStatsTable } from './RuleStatsTable';
import { StatsExport } from './StatsExport';
import styles from './StatisticsPanel.module.css';

interface StatisticsPanelProps {
  /** The charter in force, for rule messages and path labels; ids are shown when it is absent. */
  charter: CompiledCharter | null;
  lang: Lang;
  /** Defaults to this extension page's own connection to the statistics database. */
  reader?: StatsReader;
  now?: () => number;
}

export function StatisticsPanel({ charter, lang, reader, now }: StatisticsPanelProps) {
  const stats = useStatistics(reader, now);
  const exportControls = useStatsExport(stats.reader, stats.days, stats.now, lang);
  const lookups = useCharterLookups(charter);
  const { state } = stats;
  const data = state.status === 'ready' ? state.data : null;
  const scaleMax = highestDailyCount(data?.escalations ?? []);

  return (
    <div class={styles.panel} data-testid="statistics" data-state={state.status}>
      <div class={styles.toolbar}>
        <PeriodPicker days={stats.days} onChange={stats.setDays} />
        <Button variant="quiet" onClick={stats.reload}>
          {t('stats_refresh')}
        </Button>
      </div>
      {state.status === 'loading' ? <p class={styles.muted}>{t('stats_loading')}</p> : null}
      {state.status === 'failed' ? (
        <p class={styles.error} role="alert">
          {t('stats_load_failed')}
        </p>
      ) : null}
      {data ? (
        <>
          <section class={styles.block} aria-labelledby="stats-rules-title">
            <h3 id="stats-rules-title">{t('stats_rules_title')}</h3>
            <p class={styles.intro}>{t('stats_rules_intro')}</p>
            {data.rules.length > 0 ? (
              <RuleStatsTable summaries={data.rules} rules={lookups.rules} lang={lang} />
            ) : (
              <p class={styles.muted} data-testid="stats-empty">
                {t('stats_empty_period')}
              </p>
            )}
          </section>
          <section class={styles.block} aria-labelledby="stats-escalations-title">
            <h3 id="stats-escalations-title">{t('stats_escalations_title')}</h3>
            <p class={styles.intro}>{t('stats_escalations_intro')}</p>
            {data.escalations.length > 0 ? (
              <div class={styles.charts}>
                {data.escalations.map((escalations) => (
                  <EscalationChart
                    key={escalations.pathId}
                    escalations={escalations}
                    path={lookups.paths.get(escalations.pathId)}
                    scaleMax={scaleMax}
                    lang={lang}
                  />
                ))}
              </div>
            ) : (
              <p class={styles.muted}>{t('stats_escalations_none')}</p>
            )}
          </section>
          <section class={styles.block} aria-labelledby="stats-phrasings-title">
            <h3 id="stats-phrasings-title">{t('stats_phrasings_title')}</h3>
            <PhrasingStatsTable summaries={data.phrasings} phrasings={lookups.phrasings} paths={lookups.paths} lang={lang} />
          </section>
          <section class={styles.block} aria-labelledby="stats-reports-title">
            <h3 id="stats-reports-title">{t('stats_reports_title')}</h3>
            <p class={styles.intro}>{t('stats_reports_intro')}</p>
            <FalsePositiveReportList reports={data.falsePositiveReports} rules={lookups.rules} lang={lang} />
          </section>
        </>
      ) : null}
      <section class={styles.block} aria-labelledby="stats-export-title">
        <h3 id="stats-export-title">{t('stats_export_title')}</h3>
        <p class={styles.intro}>{t('stats_export_intro')}</p>
        <StatsExport controls={exportControls} />
      </section>
      <div class={styles.danger}>
        <ClearStatistics onClear={stats.clearAll} />
      </div>
    </div>
  );
}
