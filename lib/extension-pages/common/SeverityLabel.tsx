// A severity as a coloured pill with an icon shape and a word, so it never depends on colour alone.
import type { Severity } from '../../core/engine/vocabulary';
import { t } from '../../shared/i18n';
import styles from './SeverityLabel.module.css';
import tones from './tones.module.css';

const ICON_PATHS: Record<Severity, string> = {
  // An octagon with a bar, a triangle with a bang, a circle with an i: shapes differ as well as colours.
  error: 'M4.7 1h6.6L15 4.7v6.6L11.3 15H4.7L1 11.3V4.7zM4.5 7h7v2h-7z',
  warning: 'M8 1l7.5 13.5H.5zM7 6v4h2V6zm0 5v2h2v-2z',
  info: 'M8 1a7 7 0 110 14A7 7 0 018 1zM7 7v5h2V7zm0-3v2h2V4z',
};

export function severityName(severity: Severity): string {
  return t(`finding_severity_${severity}`);
}

export function SeverityLabel({ severity }: { severity: Severity }) {
  return (
    <span class={`${styles.label} ${tones[severity]}`}>
      <svg class={styles.icon} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d={ICON_PATHS[severity]} fill="currentColor" fillRule="evenodd" />
      </svg>
      {severityName(severity)}
    </span>
  );
}
