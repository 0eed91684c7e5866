// Everything the options page shows: the charter in force, its meta and last problem, the mode, the open tab, the import.
import type { CompiledCharter } from '../../core/charter/compiled';
import type { Lang, Mode } from '../../core/engine/vocabulary';
import { uiLang } from '../../shared/i18n';
import { charterMetaItem, charterProblemItem, compiledCharterItem, type CharterMeta, type CharterProblem } from '../../shared/storage/charter-items';
import { reportApplies, slowRulesItem, type SlowRulesReport } from '../../shared/storage/slow-rules';
import { useStorageItem } from '../common/use-storage-item';
import { useCharterLoading } from '../common/use-charter-loading';
import { DEFAULT_OPTIONS_TAB, OPTIONS_TABS, type OptionsTab } from './options-tabs';
import { useCharterImport, type CharterImport } from './use-charter-import';
import { useDistributionModel, type DistributionModel } from './use-distribution-model';
import { useHashTab } from './use-hash-tab';

export interface OptionsModel {
  ready: boolean;
  lang: Lang;
  charter: CompiledCharter | null;
  meta: CharterMeta | null;
  problem: CharterProblem | null;
  /** Rules CMs' pages switched off for running too long, reported against the charter in force (null when none). */
  slowRules: SlowRulesReport | null;
  /** The first charter is still on its way (first open after install): not "no charter" yet. */
  charterLoading: boolean;
  mode: Mode;
  tab: OptionsTab;
  selectTab(tab: OptionsTab): void;
  charterImport: CharterImport;
  /** Sources, modes, PIN and locks ("Distribution & modes"); its unlocked PIN also serves the file import. */
  distribution: DistributionModel;
}

export function useOptionsModel(): OptionsModel {
  const charterItem = useStorageItem(compiledCharterItem);
  const metaItem = useStorageItem(charterMetaItem);
  const problemItem = useStorageItem(charterProblemItem);
  const slowRulesStored = useStorageItem(slowRulesItem);
  const [tab, selectTab] = useHashTab(OPTIONS_TABS, DEFAULT_OPTIONS_TAB);

  const charter = charterItem.loaded ? charterItem.value : null;
  const meta = metaItem.loaded ? metaItem.value : null;
  const distribution = useDistributionModel();
  const charterImport = useCharterImport(meta, distribution.pin);
  const problem = problemItem.loaded ? problemItem.value : null;
  const charterLoading = useCharterLoading({ loaded: metaItem.loaded && problemItem.loaded, present: meta !== null, failed: problem !== null });

  return {
    ready: charterItem.loaded && metaItem.loaded && problemItem.loaded && distribution.ready,
    lang: uiLang(),
    charter,
    meta,
    problem,
    slowRules: slowRulesStored.loaded && reportApplies(slowRulesStored.value, charter?.charter) ? slowRulesStored.value : null,
    charterLoading,
    mode: distribution.mode.mode,
    tab,
    selectTab,
    charterImport,
    distribution,
  };
}
