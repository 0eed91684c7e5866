// The period the statistics cover: 7, 30 or 90 days, as a group of toggle buttons.
import { t, tn } from '../../shared/i18n';
import { STATS_PERIODS, type StatsPeriodDays } from './use-statistics';
import styles from './PeriodPicker.module.css';

interface PeriodPickerProps {
  days: StatsPeriodDays;
  onChange(days: StatsPeriodDays): void;
}

export function PeriodPicker({ days, onChange }: PeriodPickerProps) {
  return (
    <div class={styles.group} role="group" aria-label={t('stats_period_label')}>
      {STATS_PERIODS.map((choice) => (
        <button
          key={choice}
          type="button"
          class={styles.choice}
          aria-pressed={choice === days}
          data-days={choice}
          onClick={() => onChange(choice)}
        >
          {tn('stats_period_days', choice)}
        </button>
      ))}
    </div>
  );
}
