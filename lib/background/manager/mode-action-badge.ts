// The toolbar button says when a mode other than normal is in force, so a CM sees junior or crisis mode on every page.
import { browser } from 'wxt/browser';
import type { Mode } from '../../core/engine/vocabulary';
import { t, type MessageKey } from '../../shared/i18n';
import { watchEffectiveMode } from '../../shared/settings/watch-effective-mode';

const BADGES: Partial<Record<Mode, { text: MessageKey; title: MessageKey; color: string }>> = {
  junior: { text: 'action_badge_junior', title: 'action_title_junior', color: '#1d4ed8' },
  crisis: { text: 'action_badge_crisis', title: 'action_title_crisis', color: '#b91c1c' },
};

export function showModeOnActionBadge(): () => void {
  return watchEffectiveMode(({ mode }) => {
    const badge = BADGES[mode];
    void Promise.all([
      browser.action.setBadgeText({ text: badge ? t(badge.text) : '' }),
      badge ? browser.action.setBadgeBackgroundColor({ color: badge.color }) : Promise.resolve(),
      browser.action.setTitle({ title: badge ? t(badge.title) : 'Gardefou' }),
    ]).catch(() => undefined);
  });
}
