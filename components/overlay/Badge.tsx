// The small mark on a reply box: how many findings and how bad, the mode when it is not normal, or that the box cannot be read.
import type { Mode, Severity } from '../../lib/engine/vocabulary';
import { t } from '../../lib/i18n';
import { NEUTRAL_COLOR, SEVERITY_COLORS } from '../../lib/overlay/severity-colors';
import { MODE_KEYS } from './labels';

export interface BadgeProps {
  readable: boolean;
  count: number;
  worst: Severity | null;
  mode: Mode;
  left: number;
  top: number;
  onEnter(): void;
  onLeave(): void;
  onToggle(): void;
}

export function Badge({ readable, count, worst, mode, left, top, onEnter, onLeave, onToggle }: BadgeProps) {
  const color = readable && worst ? SEVERITY_COLORS[worst] : NEUTRAL_COLOR;
  const modeTag = MODE_KEYS[mode]?.tag;
  const label = !readable ? t('badge_unreadable') : count > 0 ? t('badge_label', String(count)) : t('badge_label_clean');
  return (
    <button
      type="button"
      class="badge"
      data-count={readable ? count : undefined}
      data-severity={readable ? worst ?? 'none' : 'unreadable'}
      data-mode={mode}
      aria-label={label}
      title={label}
      style={{ left: `${left}px`, top: `${top}px`, '--badge-color': color }}
      onPointerEnter={onEnter}
      onPointerLeave={onLeave}
      onFocus={onEnter}
      onBlur={onLeave}
      onClick={onToggle}
    >
      <span class="badge-dot">{!readable ? '!' : count > 0 ? count : '✓'}</span>
      {!readable && <span class="badge-text">{t('badge_unreadable')}</span>}
      {readable && modeTag && <span class="badge-tag">{t(modeTag)}</span>}
    </button>
  );
}
