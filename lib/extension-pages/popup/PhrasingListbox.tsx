// The approved phrasings as an ARIA listbox, grouped by path: focus stays on the list, the active option follows the arrow keys.
import { useEffect, useRef } from 'preact/hooks';
import type { CompiledPhrasing } from '../../core/charter/compiled';
import type { PhrasingGroup } from '../../core/phrasing/order-phrasings';
import { splitPhrasing } from '../../core/phrasing/phrasing-variables';
import { listboxKeyAction, type ListboxKeyAction } from './listbox-keys';
import { t } from '../../shared/i18n';
import styles from './PhrasingListbox.module.css';

interface PhrasingListboxProps {
  groups: readonly PhrasingGroup[];
  options: readonly CompiledPhrasing[];
  activeIndex: number;
  onActivate(index: number): void;
  onKeyAction(action: Exclude<ListboxKeyAction, { type: 'move' }>): void;
  groupLabel(group: PhrasingGroup): string;
  titleOf(phrasing: CompiledPhrasing): string | null;
  valuesFor(phrasing: CompiledPhrasing): Record<string, string>;
  listboxRef: { current: HTMLDivElement | null };
  autoFocus: boolean;
}

export const optionDomId = (index: number) => `gf-phrasing-option-${index}`;

function Preview({ phrasing, values }: { phrasing: CompiledPhrasing; values: Record<string, string> }) {
  return (
    <span class={styles.preview}>
      {splitPhrasing(phrasing.text).map((segment, index) => {
        if (segment.kind === 'text') return segment.text;
        const value = values[segment.name]?.trim();
        return (
          <span key={index} class={`${styles.variable} ${value ? styles.filled : ''}`}>
            {value || `{${segment.name}}`}
          </span>
        );
      })}
    </span>
  );
}

export function PhrasingListbox(props: PhrasingListboxProps) {
  const { groups, options, activeIndex, onActivate, onKeyAction, groupLabel, titleOf, valuesFor, listboxRef, autoFocus } = props;
  const activeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // The list sits below the path card: focusing it must not scroll the popup past its header.
    if (autoFocus) listboxRef.current?.focus({ preventScroll: true });
  }, [autoFocus]);

  useEffect(() => {
    activeRef.current?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex]);

  if (options.length === 0) return <p class={styles.empty}>{t('phrasing_none')}</p>;

  const onKeyDown = (event: KeyboardEvent) => {
    const action = listboxKeyAction(event, activeIndex, options.length);
    if (!action) return;
    event.preventDefault();
    if (action.type === 'move') onActivate(action.index);
    else onKeyAction(action);
  };

  let index = -1;
  return (
    <div
      ref={listboxRef}
      role="listbox"
      tabIndex={0}
      class={styles.listbox}
      aria-label={t('phrasing_list_label')}
      aria-activedescendant={activeIndex >= 0 ? optionDomId(activeIndex) : undefined}
      aria-describedby="gf-phrasing-keys"
      data-testid="phrasing-list"
      onKeyDown={onKeyDown}
    >
      {groups.map((group) => {
        const labelId = `gf-phrasing-group-${group.pathId ?? 'general'}`;
        return (
          <div role="group" aria-labelledby={labelId} key={labelId}>
            <div class={styles.groupLabel} id={labelId} role="presentation">
              <span class={styles.groupName}>{groupLabel(group)}</span>
              {group.relevance === 'path' ? <span class={styles.groupTag}>{t('phrasing_group_matching')}</span> : null}
            </div>
            {group.phrasings.map((phrasing) => {
              index += 1;
              const optionIndex = index;
              const active = optionIndex === activeIndex;
              const title = titleOf(phrasing);
              return (
                <div
                  key={phrasing.id}
                  id={optionDomId(optionIndex)}
                  ref={active ? activeRef : undefined}
                  role="option"
                  aria-selected={active}
                  class={`${styles.option} ${active ? styles.active : ''}`}
                  data-phrasing={phrasing.id}
                  onClick={() => {
                    onActivate(optionIndex);
                    listboxRef.current?.focus();
                  }}
                >
                  <span class={styles.optionHead}>
                    <span class={styles.optionId}>{phrasing.id}</span>
                    {title ? <span class={styles.optionTitle}>{title}</span> : null}
                  </span>
                  <Preview phrasing={phrasing} values={valuesFor(phrasing)} />
                </div>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
