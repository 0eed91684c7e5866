// The "Distribution & modes" tab: who may change what, the charter's sources and precedence, the mode, the PIN, the policy.
import type { OptionsModel } from './use-options-model';
import { charterSourceRows } from './charter-source-rows';
import { t } from '../../shared/i18n';
import { CharterSourceList } from './CharterSourceList';
import { CharterStatus } from './CharterStatus';
import { CharterUrlForm } from './CharterUrlForm';
import { SlowRulesNote } from './SlowRulesNote';
import { ManagerAccess } from './ManagerAccess';
import { ManagerPinForm } from './ManagerPinForm';
import { ModesOverview } from './ModesOverview';
import { ModeSwitch } from './ModeSwitch';
import { OptionsSection } from './OptionsSection';
import { PolicySummary } from './PolicySummary';

export function DistributionPanel({ model }: { model: OptionsModel }) {
  const { distribution, charter, meta, problem, lang } = model;
  return (
    <>
      <OptionsSection id="manager-access" title={t('distribution_access_title')}>
        <ManagerAccess model={distribution} />
      </OptionsSection>
      <OptionsSection id="charter-source" title={t('distribution_source_title')} intro={t('distribution_source_intro')}>
        <CharterStatus meta={meta} problem={problem} loading={model.charterLoading} lang={lang} />
        <SlowRulesNote report={model.slowRules} distribution={distribution} />
        <CharterSourceList rows={charterSourceRows(meta, distribution.policy, distribution.managerUrl)} />
        <CharterUrlForm model={distribution} />
      </OptionsSection>
      <OptionsSection id="modes" title={t('distribution_mode_title')}>
        <ModeSwitch model={distribution} />
        {charter ? <ModesOverview charter={charter} lang={lang} /> : null}
      </OptionsSection>
      <OptionsSection id="manager-pin" title={t('distribution_pin_title')} intro={t('distribution_pin_intro')}>
        <ManagerPinForm model={distribution} />
      </OptionsSection>
      {distribution.policy.present ? (
        <OptionsSection id="policy" title={t('distribution_policy_title')}>
          <PolicySummary policy={distribution.policy} />
        </OptionsSection>
      ) : null}
    </>
  );
}
