// The small mark on a reply box: how many findings and how bad, the mode when it is not normal, or that the box cannot be read.
import type { Mode, Severity } from '../../core/engine/vocabulary';
import { formatCount, t } from '../../shared/i18n';
import { CLEAN_COLOR, NEUTRAL_COLOR, SEVERITY_COLORS } from './severity-colors';
import type { BadgePlacement } from './badge-placement';
import { el } from './element';
import { MODE_KEYS } from './labels';

export interface BadgeView {
  readable: boolean;
  count: number;
  worst: Severity | null;
  mode: Mode;
  /** Set when only the start of a long draft was checked. */
  checkedLength?: number;
}

export interface BadgeHandlers {
  onEnter(): void;
  onLeave(): void;
  onToggle(): void;
}

export function createBadge(doc: Document, handlers: BadgeHandlers): HTMLElement {
  const badge = el(doc, 'button', { type: 'button', class: 'badge' }, el(doc, 'span', { class: 'badge-dot' }), el(doc, 'span', { class: 'badge-text' }));
  badge.addEventListener('pointerenter', handlers.onEnter);
  badge.addEventListener('pointerleave', handlers.onLeave);
  badge.addEventListener('focus', handlers.onEnter);
  badge.addEventListener('blur', handlers.onLeave);
  badge.addEventListener('click', handlers.onToggle);
  return badge;
}

export function updateBadge(badge: HTMLElement, view: BadgeView): void {
  const { readable, count, worst, mode } = view;
  const modeTag = MODE_KEYS[mode]?.tag;
  const cut = readable && view.checkedLength !== undefined;
  const findingsLabel = count > 0 ? t('badge_label', String(count)) : t('badge_label_clean');
  const label = !readable
    ? t('badge_unreadable')
    : cut
      ? `${findingsLabel} ${t('overlay_checked_part', formatCount(view.checkedLength!))}`
      : findingsLabel;
  badge.dataset.count = readable ? String(count) : '';
  if (cut) badge.dataset.checkedLength = String(view.checkedLength);
  else delete badge.dataset.checkedLength;
  badge.dataset.severity = readable ? worst ?? 'none' : 'unreadable';
  badge.dataset.mode = mode;
  badge.setAttribute('aria-label', label);
  badge.title = label;
  badge.style.setProperty('--badge-color', !readable ? NEUTRAL_COLOR : worst ? SEVERITY_COLORS[worst] : count === 0 && !cut ? CLEAN_COLOR : NEUTRAL_COLOR);
  const [dot, text] = Array.from(badge.children) as HTMLElement[];
  // "3+": three findings in the part checked, and more text that was not.
  dot.textContent = !readable ? '!' : cut ? `${count}+` : count > 0 ? String(count) : '✓';
  text.textContent = !readable ? t('badge_unreadable') : modeTag ? t(modeTag) : '';
  text.className = !readable ? 'badge-text' : 'badge-tag';
  text.hidden = text.textContent === '';
}

/** Puts the badge where placeBadge() chose; `data-spot` says which side of the box it took (tests and support read it). */
export function moveBadge(badge: HTMLElement, placement: BadgePlacement): void {
  badge.style.left = `${placement.left}px`;
  badge.style.top = `${placement.top}px`;
  badge.dataset.spot = placement.spot;
}
