// The background: keeps a charter in force, answers the charter messages and files the statistics; the logic lives in lib/.
import { listenForCharterRequests } from '../lib/charter-provider/charter-requests';
import { ensureCharterInForce } from '../lib/charter-provider/ensure-charter';
import { openStatsStore } from '../lib/store/stats-store';
import { listenForStatsRequests } from '../lib/store/stats-requests';

export default defineBackground(() => {
  listenForCharterRequests();
  // The database opens on the first event, not at every service-worker start.
  listenForStatsRequests(openStatsStore());
  browser.runtime.onInstalled.addListener(() => void ensureCharterInForce({ extensionChanged: true }));
  browser.runtime.onStartup.addListener(() => void ensureCharterInForce({ extensionChanged: false }));
});
