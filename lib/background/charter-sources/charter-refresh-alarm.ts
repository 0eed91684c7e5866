// The periodic charter refresh: one alarm, created once, that survives service-worker restarts.
import { browser } from 'wxt/browser';

export const CHARTER_REFRESH_ALARM = 'gardefou-charter-refresh';
/** Often enough that a manager's fix reaches every CM within the hour; a 304 costs next to nothing. */
export const CHARTER_REFRESH_MINUTES = 60;

export async function scheduleCharterRefresh(): Promise<void> {
  if (await browser.alarms.get(CHARTER_REFRESH_ALARM)) return;
  await browser.alarms.create(CHARTER_REFRESH_ALARM, { delayInMinutes: CHARTER_REFRESH_MINUTES, periodInMinutes: CHARTER_REFRESH_MINUTES });
}

/** Runs `refresh` each time the alarm fires; returns a disposer. */
export function onCharterRefreshAlarm(refresh: () => unknown): () => void {
  const listener = (alarm: { name: string }) => {
    if (alarm.name === CHARTER_REFRESH_ALARM) void refresh();
  };
  browser.alarms.onAlarm.addListener(listener);
  return () => browser.alarms.onAlarm.removeListener(listener);
}
