// The periodic refresh: one alarm, created once; firing it runs the refresh; other alarms do not.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { CHARTER_REFRESH_ALARM, CHARTER_REFRESH_MINUTES, onCharterRefreshAlarm, scheduleCharterRefresh } from '../../../lib/background/charter-sources/charter-refresh-alarm';

beforeEach(() => fakeBrowser.reset());

describe('charter refresh alarm', () => {
  it('is created once, periodic', async () => {
    await scheduleCharterRefresh();
    const first = await fakeBrowser.alarms.get(CHARTER_REFRESH_ALARM);
    expect(first?.periodInMinutes).toBe(CHARTER_REFRESH_MINUTES);
    await scheduleCharterRefresh();
    expect(await fakeBrowser.alarms.get(CHARTER_REFRESH_ALARM)).toEqual(first);
  });

  it('runs the refresh when it fires, and only then', async () => {
    const refresh = vi.fn();
    const stop = onCharterRefreshAlarm(refresh);
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'something-else', scheduledTime: Date.now() });
    expect(refresh).not.toHaveBeenCalled();
    await fakeBrowser.alarms.onAlarm.trigger({ name: CHARTER_REFRESH_ALARM, scheduledTime: Date.now() });
    expect(refresh).toHaveBeenCalledOnce();
    stop();
  });
});
