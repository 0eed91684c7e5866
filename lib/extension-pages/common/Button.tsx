// The one button style of the popup and the options page: primary for the main action, quiet for secondary links;
// a row of them for a question's answers (confirm, cancel).
import type { ButtonHTMLAttributes, ComponentChildren, Ref } from 'preact';
import styles from './Button.module.css';

export type ButtonVariant = 'default' | 'primary' | 'quiet';

type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'class' | 'className' | 'type'> & {
  variant?: ButtonVariant;
  /** Preact 11 hands `ref` to function components as a plain prop: it lands on the <button>. */
  ref?: Ref<HTMLButtonElement>;
  children: ComponentChildren;
};

export function Button({ variant = 'default', children, ...rest }: ButtonProps) {
  const variantClass = variant === 'default' ? '' : styles[variant];
  return (
    <button type="button" class={`${styles.button} ${variantClass}`} {...rest}>
      {children}
    </button>
  );
}

export function ButtonRow({ children }: { children: ComponentChildren }) {
  return <div class={styles.row}>{children}</div>;
}
