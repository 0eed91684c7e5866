// A titled card of the options page.
import type { ComponentChildren } from 'preact';
import styles from './OptionsSection.module.css';

interface OptionsSectionProps {
  id: string;
  title: string;
  intro?: string;
  aside?: ComponentChildren;
  children: ComponentChildren;
}

export function OptionsSection({ id, title, intro, aside, children }: OptionsSectionProps) {
  return (
    <section class={styles.section} aria-labelledby={`${id}-title`} data-testid={`section-${id}`}>
      <div class={styles.head}>
        <h2 id={`${id}-title`}>{title}</h2>
        {aside}
      </div>
      {intro ? <p class={styles.intro}>{intro}</p> : null}
      {children}
    </section>
  );
}
