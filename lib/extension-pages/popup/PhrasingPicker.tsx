// The approved-phrasing section: language switch, the keyboard-driven list, the active phrasing with its fields, and the outcome.
import { useRef } from 'preact/hooks';
import type { CompiledPhrasing } from '../../core/charter/compiled';
import type { InsertMode } from '../../shared/messaging/reply-box';
import type { Lang } from '../../core/engine/vocabulary';
import type { PhrasingGroup } from '../../core/phrasing/order-phrasings';
import type { PhrasingActions } from './use-phrasing-actions';
import type { PhrasingPicker as PickerState } from './use-phrasing-picker';
import { t } from '../../shared/i18n';
import { pickLocalized } from '../../core/localized-text';
import { ActionStatus } from './ActionStatus';
import { PhrasingDetail } from './PhrasingDetail';
import { PhrasingListbox } from './PhrasingListbox';
import styles from './PhrasingPicker.module.css';

interface PhrasingPickerProps {
  picker: PickerState;
  actions: PhrasingActions;
  canInsert: boolean;
  autoFocus: boolean;
  uiLang: Lang;
  pathLabel(pathId: string): string;
  recheck: string;
}

export function PhrasingPicker({ picker, actions, canInsert, autoFocus, uiLang, pathLabel, recheck }: PhrasingPickerProps) {
  const listboxRef = useRef<HTMLDivElement | null>(null);
  const detailRef = useRef<HTMLDivElement>(null);
  const active = picker.active;

  const titleOf = (phrasing: CompiledPhrasing) => pickLocalized(phrasing.title, uiLang)?.text ?? null;
  const groupLabel = (group: PhrasingGroup) => (group.pathId ? pathLabel(group.pathId) : t('phrasing_group_general'));
  const toUse = (phrasing: CompiledPhrasing) => ({ phrasingId: phrasing.id, ...picker.fill(phrasing) });

  const focusFirstMissing = (names: readonly string[]) => {
    const field = detailRef.current?.querySelector<HTMLInputElement>(`input[data-variable="${CSS.escape(names[0] ?? '')}"]`);
    field?.focus();
  };

  const insert = async (mode: InsertMode) => {
    if (!active) return;
    const status = await actions.insert(toUse(active), mode);
    if (status.kind === 'missing') focusFirstMissing(status.names);
  };

  const copy = async () => {
    if (!active) return;
    const status = await actions.copy(toUse(active));
    if (status.kind === 'missing') focusFirstMissing(status.names);
  };

  return (
    <div>
      <div class={styles.toolbar}>
        {picker.languages.length > 1 ? (
          <fieldset class={styles.langSwitch}>
            <legend>{t('phrasing_language_legend')}</legend>
            {picker.languages.map((lang) => (
              <label class={styles.langOption} key={lang}>
                <input
                  type="radio"
                  name="gf-phrasing-lang"
                  value={lang}
                  checked={picker.shownLang === lang}
                  onChange={() => picker.setShownLang(lang)}
                  data-testid={`phrasing-lang-${lang}`}
                />
                <span lang={lang}>{t(`phrasing_lang_${lang}`)}</span>
              </label>
            ))}
          </fieldset>
        ) : null}
        <label class={styles.otherPaths}>
          <input
            type="checkbox"
            checked={picker.includeOtherPaths}
            onChange={(event) => picker.setIncludeOtherPaths(event.currentTarget.checked)}
            data-testid="phrasing-all-paths"
          />
          {t('phrasing_show_all_paths')}
        </label>
      </div>
      <PhrasingListbox
        groups={picker.groups}
        options={picker.options}
        activeIndex={picker.activeIndex}
        onActivate={picker.setActiveIndex}
        onKeyAction={(action) => {
          if (action.type === 'insert' && canInsert) void insert(action.mode);
          else void copy();
        }}
        groupLabel={groupLabel}
        titleOf={titleOf}
        valuesFor={picker.valuesFor}
        listboxRef={listboxRef}
        autoFocus={autoFocus}
      />
      {active ? (
        <div ref={detailRef}>
          <PhrasingDetail
            phrasing={active}
            title={titleOf(active)}
            values={picker.valuesFor(active)}
            missing={picker.fill(active).missing}
            canInsert={canInsert}
            busy={actions.status.kind === 'inserting'}
            onVariable={(name, value) => picker.setVariable(active, name, value)}
            onInsert={(mode) => void insert(mode)}
            onCopy={() => void copy()}
            onBackToList={() => listboxRef.current?.focus()}
          />
        </div>
      ) : null}
      <p class={styles.keys} id="gf-phrasing-keys">
        {canInsert ? (
          <>
            <kbd>↑</kbd>
            <kbd>↓</kbd> {t('phrasing_key_choose')} · <kbd>Enter</kbd> {t('phrasing_key_replace')} · <kbd>Shift</kbd>+<kbd>Enter</kbd>{' '}
            {t('phrasing_key_caret')} · <kbd>Ctrl</kbd>+<kbd>C</kbd> {t('phrasing_key_copy')}
          </>
        ) : (
          <>
            <kbd>↑</kbd>
            <kbd>↓</kbd> {t('phrasing_key_choose')} · <kbd>Enter</kbd> {t('phrasing_key_copy')}
          </>
        )}
      </p>
      <ActionStatus
        status={actions.status}
        recheck={recheck}
        onCopyFallback={(phrasingId, text) => void actions.copy({ phrasingId, text, missing: [] })}
      />
    </div>
  );
}
