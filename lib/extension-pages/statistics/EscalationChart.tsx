// Escalations of one path per day, as an inline SVG column chart sharing its scale with the other paths' charts.
import type { CompiledPath } from '../../core/charter/compiled';
import type { Lang } from '../../core/engine/vocabulary';
import { t, tn } from '../../shared/i18n';
import type { PathEscalations } from './escalations-by-day';
import { formatShortDay } from './format-rate';
import { pickLocalized } from '../../core/localized-text';
import styles from './EscalationChart.module.css';

interface EscalationChartProps {
  escalations: PathEscalations;
  /** The charter's path, for its label and team; absent when the charter no longer has it. */
  path: CompiledPath | undefined;
  /** The highest daily count over all paths: every chart uses the same scale. */
  scaleMax: number;
  lang: Lang;
}

const BAR_WIDTH = 10;
const HEIGHT = 60;

export function EscalationChart({ escalations, path, scaleMax, lang }: EscalationChartProps) {
  const label = pickLocalized(path?.label, lang)?.text ?? escalations.pathId;
  const team = pickLocalized(path?.team, lang)?.text;
  const { perDay } = escalations;
  const first = perDay[0]?.day ?? '';
  const last = perDay.at(-1)?.day ?? '';
  const dayMax = Math.max(...perDay.map((entry) => entry.count));
  const scale = Math.max(1, scaleMax);
  const width = perDay.length * BAR_WIDTH;
  return (
    <figure class={styles.figure} data-testid="escalation-chart" data-path={escalations.pathId}>
      <figcaption class={styles.caption}>
        <strong>{label}</strong>
        {team ? <span class={styles.team}>{t('stats_escalations_team', team)}</span> : null}
        <span class={styles.total} data-testid="escalation-total">
          {tn('stats_escalations_total', escalations.total)}
        </span>
      </figcaption>
      <svg
        class={styles.chart}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={tn('stats_escalations_chart_label', escalations.total, [
          label,
          formatShortDay(first, lang),
          formatShortDay(last, lang),
          String(dayMax),
        ])}
      >
        <line class={styles.axis} x1="0" y1={HEIGHT - 0.5} x2={width} y2={HEIGHT - 0.5} />
        {perDay.map((entry, index) => {
          const barHeight = (entry.count / scale) * (HEIGHT - 4);
          return (
            <rect
              key={entry.day}
              class={entry.count > 0 ? styles.bar : styles.empty}
              x={index * BAR_WIDTH + 1}
              y={HEIGHT - barHeight}
              width={BAR_WIDTH - 2}
              height={barHeight}
              data-day={entry.day}
              data-count={entry.count}
            >
              <title>{t('stats_escalations_bar', [formatShortDay(entry.day, lang), String(entry.count)])}</title>
            </rect>
          );
        })}
      </svg>
      <div class={styles.range} aria-hidden="true">
        <span>{formatShortDay(first, lang)}</span>
        <span>{formatShortDay(last, lang)}</span>
      </div>
    </figure>
  );
}
