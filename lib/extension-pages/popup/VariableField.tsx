// One {variable} of a phrasing as an inline field: filled from the page when it can be, marked "to fill" when not.
import { t } from '../../shared/i18n';
import styles from './PhrasingDetail.module.css';

interface VariableFieldProps {
  name: string;
  value: string;
  onInput(value: string): void;
  /** Enter inserts (Shift+Enter at the caret), Escape goes back to the list. */
  onEnter(atCaret: boolean): void;
  onEscape(): void;
}

export function VariableField({ name, value, onInput, onEnter, onEscape }: VariableFieldProps) {
  const missing = value.trim() === '';
  return (
    <input
      type="text"
      class={`${styles.field} ${missing ? styles.missing : ''}`}
      value={value}
      placeholder={`{${name}}`}
      // Grows with its text, so a filled name reads like the rest of the sentence.
      style={{ width: `${Math.max(missing ? name.length + 2 : value.length, 3) + 2}ch` }}
      aria-label={t('phrasing_variable_label', name)}
      aria-invalid={missing}
      data-variable={name}
      spellcheck={false}
      onInput={(event) => onInput(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          onEnter(event.shiftKey);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          onEscape();
        }
      }}
    />
  );
}
