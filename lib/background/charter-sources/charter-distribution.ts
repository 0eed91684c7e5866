// The background's charter distribution: the refresh at install, at browser start, on the alarm and when the policy
// changes, plus the manager's requests. The entrypoint only calls startCharterDistribution().
import { browser } from 'wxt/browser';
import { checkManagerPin } from '../manager/pin-check';
import { listenForManagerRequests } from '../manager/manager-requests';
import { readManagedStorage, watchManagedStorage } from '../policy/managed-storage';
import { charterUrlValidatorsItem } from '../../shared/storage/manager-items';
import { onCharterRefreshAlarm, scheduleCharterRefresh } from './charter-refresh-alarm';
import { ensureCharterInForce } from './ensure-charter';
import { recompileStaleCharter } from './recompile-charter';
import { refreshCharter, type RefreshOutcome } from './refresh-charter';
import { defaultUrlSourceDeps } from './url-charter-source';

export function refreshCharterNow(): Promise<RefreshOutcome> {
  return refreshCharter({ ...defaultUrlSourceDeps(), readManagedPolicy: readManagedStorage });
}

export function startCharterDistribution(): void {
  listenForManagerRequests({ refresh: refreshCharterNow, checkPin: checkManagerPin });
  onCharterRefreshAlarm(refreshCharterNow);
  watchManagedStorage(() => void refreshCharterNow());
  browser.runtime.onInstalled.addListener(() => {
    void (async () => {
      await ensureCharterInForce({ extensionChanged: true });
      await recompileStaleCharter();
      // A new extension version compiles with new packs: the next fetch must bring the text, not a 304.
      await charterUrlValidatorsItem.setValue(null);
      await refreshCharterNow();
      await scheduleCharterRefresh();
    })();
  });
  browser.runtime.onStartup.addListener(() => {
    void (async () => {
      await ensureCharterInForce({ extensionChanged: false });
      await recompileStaleCharter();
      await refreshCharterNow();
      await scheduleCharterRefresh();
    })();
  });
}
