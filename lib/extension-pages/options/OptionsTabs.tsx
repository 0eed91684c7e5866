// The options page's tab bar (ARIA tabs): arrow keys, Home and End move between tabs and open them.
import styles from './OptionsTabs.module.css';

interface OptionsTabsProps<T extends string> {
  tabs: readonly { id: T; label: string }[];
  selected: T;
  onSelect(id: T): void;
  label: string;
}

export const tabDomId = (id: string) => `gf-tab-${id}`;
export const panelDomId = (id: string) => `gf-panel-${id}`;

export function OptionsTabs<T extends string>({ tabs, selected, onSelect, label }: OptionsTabsProps<T>) {
  const selectAt = (index: number) => {
    const tab = tabs[(index + tabs.length) % tabs.length];
    onSelect(tab.id);
    document.getElementById(tabDomId(tab.id))?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const at = tabs.findIndex((tab) => tab.id === selected);
    if (event.key === 'ArrowRight') selectAt(at + 1);
    else if (event.key === 'ArrowLeft') selectAt(at - 1);
    else if (event.key === 'Home') selectAt(0);
    else if (event.key === 'End') selectAt(tabs.length - 1);
    else return;
    event.preventDefault();
  };
  return (
    <div class={styles.tablist} role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={tabDomId(tab.id)}
          class={styles.tab}
          aria-selected={tab.id === selected}
          aria-controls={panelDomId(tab.id)}
          tabIndex={tab.id === selected ? 0 : -1}
          data-testid={`tab-${tab.id}`}
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
