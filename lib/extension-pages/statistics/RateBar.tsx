// A rate as a short horizontal bar (inline SVG) beside its percentage and counts; the text carries the meaning, the bar the glance.
import type { Lang } from '../../core/engine/vocabulary';
import { t } from '../../shared/i18n';
import { formatRate } from './format-rate';
import styles from './RateBar.module.css';

interface RateBarProps {
  rate: number | null;
  part: number;
  whole: number;
  lang: Lang;
  tone: 'fixed' | 'overridden';
}

export function RateBar({ rate, part, whole, lang, tone }: RateBarProps) {
  if (rate === null) return <span class={styles.none}>{t('stats_no_rate')}</span>;
  return (
    <span class={styles.rate}>
      <svg class={styles.bar} viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect class={styles.track} x="0" y="0" width="100" height="8" rx="2" />
        <rect class={styles[tone]} x="0" y="0" width={Math.round(rate * 100)} height="8" rx="2" />
      </svg>
      <span class={styles.value}>{formatRate(rate, lang)}</span>
      <span class={styles.detail}>{t('stats_rate_detail', [String(part), String(whole)])}</span>
    </span>
  );
}
