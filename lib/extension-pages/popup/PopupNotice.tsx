// A plain statement of the popup's situation (no reply box, unsupported tab, no charter) and what to do about it.
import type { ComponentChildren } from 'preact';
import tones from '../common/tones.module.css';
import styles from './PopupNotice.module.css';

interface PopupNoticeProps {
  title: string;
  tone?: 'info' | 'warning';
  testId: string;
  children?: ComponentChildren;
}

export function PopupNotice({ title, tone = 'info', testId, children }: PopupNoticeProps) {
  return (
    <div class={`${styles.notice} ${tones[tone]}`} role="status" data-testid={testId}>
      <strong>{title}</strong>
      {children ? <p>{children}</p> : null}
    </div>
  );
}
