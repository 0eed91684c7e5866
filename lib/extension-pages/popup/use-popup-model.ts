// Everything the popup shows, gathered in one place: the target tab's box, the charter in force, the mode, and the actions.
import { useMemo } from 'preact/hooks';
import type { CompiledCharter } from '../../core/charter/compiled';
import type { Lang, Mode } from '../../core/engine/vocabulary';
import type { ActiveBoxState } from '../../shared/messaging/protocol';
import { charterMetaItem, compiledCharterItem, type CharterMeta } from '../../shared/storage/charter-items';
import { modeOverrideItem } from '../../shared/storage/settings-items';
import { policyStateItem } from '../../shared/storage/policy-state';
import { imposedMode } from '../../shared/settings/effective-mode';
import { uiLang } from '../../shared/i18n';
import { pickLocalized } from '../../core/localized-text';
import { useStorageItem } from '../common/use-storage-item';
import type { ActiveBoxQuery } from './content-client';
import { useActiveBox } from './use-active-box';
import { recordPhrasingInserted } from './popup-stats';
import { useFalsePositiveReports, type FalsePositiveReports } from './use-false-positive-reports';
import { useFindingOverrides, type FindingOverrides } from './use-finding-overrides';
import { usePhrasingActions, type PhrasingActions } from './use-phrasing-actions';
import { usePhrasingPicker, type PhrasingPicker } from './use-phrasing-picker';
import { useTargetTab } from './use-target-tab';
import { useQuietedRules, type QuietedRulesModel } from './use-quieted-rules';
import { charterProblemItem } from '../../shared/storage/charter-items';
import { useCharterLoading } from '../common/use-charter-loading';

export interface PopupModel {
  /** False until the tab, the box and the charter have all answered once. */
  ready: boolean;
  uiLang: Lang;
  query: ActiveBoxQuery | null;
  box: ActiveBoxState | null;
  charter: CompiledCharter | null;
  meta: CharterMeta | null;
  /** The box's mode, else the policy's locked mode, else the manager's override, else the charter's default. */
  mode: Mode;
  /** Junior mode and a path whose replies may only be approved phrasing (charter modes.junior.approvedOnlyFor). */
  approvedPhrasingOnly: boolean;
  picker: PhrasingPicker;
  actions: PhrasingActions;
  overrides: FindingOverrides;
  /** "False alarm" on a finding: the false-positive report in progress. */
  reports: FalsePositiveReports;
  /** Rules this CM quieted for themselves, and quieting or restoring one. */
  quieted: QuietedRulesModel;
  /** The first charter is still on its way (first open after install): not "no charter" yet. */
  charterLoading: boolean;
  pathLabel(pathId: string): string;
}

const NO_VALUES: Record<string, string> = {};
const NO_PHRASINGS: CompiledCharter['phrasings'] = [];
const BOTH_LANGUAGES: readonly Lang[] = ['fr', 'en'];
/** The content script may re-check on its next frame: a second read catches a result the first one was too early for. */
const LATE_RECHECK_MS = 250;

export function usePopupModel(): PopupModel {
  const lang = uiLang();
  const tabId = useTargetTab();
  const { query, refresh } = useActiveBox(tabId);
  const charterItem = useStorageItem(compiledCharterItem);
  const metaItem = useStorageItem(charterMetaItem);
  const overrideItem = useStorageItem(modeOverrideItem);
  const policyItem = useStorageItem(policyStateItem);
  const problemItem = useStorageItem(charterProblemItem);

  const charter = charterItem.loaded ? charterItem.value : null;
  const meta = metaItem.loaded ? metaItem.value : null;
  const box = query?.status === 'box' ? query.box : null;
  const target = box && typeof tabId === 'number' ? { tabId, boxId: box.boxId } : null;
  const imposed = imposedMode(policyItem.loaded ? policyItem.value.lockedMode : null, overrideItem.loaded ? overrideItem.value : null);
  const mode: Mode = box?.mode ?? imposed ?? charter?.charter.defaultMode ?? 'normal';
  const pathIds = useMemo(() => box?.paths.map((path) => path.id) ?? [], [box]);

  const picker = usePhrasingPicker({
    phrasings: charter?.phrasings ?? NO_PHRASINGS,
    languages: charter?.charter.languages ?? BOTH_LANGUAGES,
    pathIds,
    replyLang: box?.lang ?? lang,
    pageValues: box?.variables ?? NO_VALUES,
    offerAllPathsByDefault: pathIds.length === 0,
  });
  const recheck = async () => {
    await refresh();
    setTimeout(() => void refresh(), LATE_RECHECK_MS);
  };
  const platform = box?.platform;
  const actions = usePhrasingActions(target, recheck, (phrasingId) => {
    if (platform) void recordPhrasingInserted(platform, phrasingId);
  });
  const reports = useFalsePositiveReports(target);
  const overrides = useFindingOverrides(target, recheck);
  const quieted = useQuietedRules(charter, mode, platform ?? 'other');
  const charterLoading = useCharterLoading({
    loaded: charterItem.loaded && problemItem.loaded,
    present: charter !== null,
    failed: problemItem.loaded && problemItem.value !== null,
  });

  return {
    ready: query !== null && charterItem.loaded && metaItem.loaded,
    uiLang: lang,
    query,
    box,
    charter,
    meta,
    mode,
    approvedPhrasingOnly:
      mode === 'junior' && (box?.paths.some((path) => charter?.modes.junior.approvedOnlyFor.includes(path.category)) ?? false),
    picker,
    actions,
    overrides,
    reports,
    quieted,
    charterLoading,
    pathLabel: (pathId) => pickLocalized(charter?.paths.find((path: CompiledCharter['paths'][number]) => path.id === pathId)?.label, lang)?.text ?? pathId,
  };
}
