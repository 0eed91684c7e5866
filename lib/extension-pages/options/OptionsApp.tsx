// The options page: the charter in force in readable form, importing one, the phrasing catalogue, and the modes.
import { t, tn } from '../../shared/i18n';
import { useOptionsModel, type OptionsModel } from './use-options-model';
import { settingsRefusalText } from '../common/settings-refusal-text';
import { OPTIONS_TABS, type OptionsTab } from './options-tabs';
import { Logo } from '../common/Logo';
import { ModeBadge } from '../common/ModeBadge';
import { CharterImport } from './CharterImport';
import { CharterStatus } from './CharterStatus';
import { DistributionPanel } from './DistributionPanel';
import { SlowRulesNote } from './SlowRulesNote';
import { OptionsSection } from './OptionsSection';
import { OptionsTabs, panelDomId, tabDomId } from './OptionsTabs';
import { PathsOverview } from './PathsOverview';
import { PhrasingSearch } from './PhrasingSearch';
import { ResponseTimes } from './ResponseTimes';
import { RulesByCategory } from './RulesByCategory';
import { StatisticsPanel } from '../statistics/StatisticsPanel';
import styles from './OptionsApp.module.css';

const TAB_LABELS: Record<OptionsTab, 'options_tab_charter' | 'options_tab_phrasings' | 'options_tab_distribution' | 'stats_tab_label'> = {
  charter: 'options_tab_charter',
  phrasings: 'options_tab_phrasings',
  distribution: 'options_tab_distribution',
  statistics: 'stats_tab_label',
};

/** Why a file cannot be imported now: the settings lock, or a charter URL that outranks files. */
function importLock(model: OptionsModel): string | null {
  const lock = model.distribution.locks['charter-file'];
  if (lock) return settingsRefusalText(lock);
  return model.distribution.managerUrl ? t('charter_failure_outranked_by_url') : null;
}

export function OptionsApp() {
  const model = useOptionsModel();
  const { charter, meta, lang } = model;
  return (
    <div class={styles.page} data-testid="options" data-ready={model.ready ? 'true' : 'false'}>
      <header class={styles.header}>
        <div class={styles.brand}>
          <Logo className={styles.logo} />
          <div>
            <h1>Gardefou</h1>
            <span class={styles.subtitle}>{t('options_subtitle')}</span>
          </div>
        </div>
        {meta ? (
          <div class={styles.current}>
            <span data-testid="header-charter">
              {meta.name} · {meta.version}
            </span>
            <ModeBadge mode={model.mode} />
          </div>
        ) : null}
      </header>
      <OptionsTabs
        tabs={OPTIONS_TABS.map((id) => ({ id, label: t(TAB_LABELS[id]) }))}
        selected={model.tab}
        onSelect={model.selectTab}
        label={t('options_tabs_label')}
      />
      <div class={styles.panel} role="tabpanel" id={panelDomId(model.tab)} aria-labelledby={tabDomId(model.tab)} tabIndex={0}>
        {model.tab === 'charter' ? (
          <>
            <OptionsSection id="charter-status" title={t('options_charter_in_force')}>
              <CharterStatus meta={meta} problem={model.problem} loading={model.charterLoading} lang={lang} />
              <SlowRulesNote report={model.slowRules} distribution={model.distribution} />
            </OptionsSection>
            <OptionsSection id="charter-import" title={t('options_import_title')} intro={t('options_import_intro')}>
              <CharterImport handle={model.charterImport} current={meta} lock={importLock(model)} />
            </OptionsSection>
            {charter ? (
              <>
                <OptionsSection id="paths" title={t('options_paths_title')}>
                  <PathsOverview charter={charter} lang={lang} />
                </OptionsSection>
                <OptionsSection id="rules" title={t('options_rules_title')} intro={tn('options_rules_intro', charter.rules.length)}>
                  <RulesByCategory rules={charter.rules} lang={lang} />
                </OptionsSection>
                <OptionsSection id="response-times" title={t('options_response_times_title')}>
                  <ResponseTimes charter={charter} lang={lang} />
                </OptionsSection>
              </>
            ) : null}
          </>
        ) : null}
        {model.tab === 'phrasings' ? (
          <OptionsSection id="phrasings" title={t('options_phrasings_title')}>
            {charter ? (
              <PhrasingSearch charter={charter} lang={lang} />
            ) : (
              <p>{t(model.charterLoading ? 'options_charter_loading' : 'options_no_charter')}</p>
            )}
          </OptionsSection>
        ) : null}
        {model.tab === 'distribution' ? (
          <DistributionPanel model={model} />
        ) : null}
        {model.tab === 'statistics' ? (
          <OptionsSection id="statistics" title={t('stats_title')} intro={t('stats_intro')}>
            <StatisticsPanel charter={charter} lang={lang} />
          </OptionsSection>
        ) : null}
      </div>
    </div>
  );
}
