// The manager PIN typed into a password field under its label: set on the options page, typed by a lead in the popup.
interface PinFieldProps {
  label: string;
  value: string;
  onValue(value: string): void;
  testId: string;
  disabled?: boolean;
  /** 'new-password' where the PIN is chosen, so a password manager offers to keep it. */
  autoComplete?: 'off' | 'new-password';
  /** Brings up the digits keyboard on touch screens. */
  numeric?: boolean;
  /** The label's look where it stands: a field from Field.module.css with its own gap and input size. */
  class: string;
}

export function PinField({ label, value, onValue, testId, disabled, autoComplete = 'off', numeric = false, class: className }: PinFieldProps) {
  return (
    <label class={className}>
      {label}
      <input
        type="password"
        inputMode={numeric ? 'numeric' : undefined}
        autoComplete={autoComplete}
        value={value}
        disabled={disabled}
        data-testid={testId}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
    </label>
  );
}
