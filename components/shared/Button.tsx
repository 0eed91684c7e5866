// The one button style of the popup and the options page: primary for the main action, quiet for secondary links.
import type { ComponentChildren, JSX } from 'preact';
import styles from './Button.module.css';

export type ButtonVariant = 'default' | 'primary' | 'quiet';

type ButtonProps = Omit<JSX.HTMLAttributes<HTMLButtonElement>, 'class' | 'className'> & {
  variant?: ButtonVariant;
  disabled?: boolean;
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
