// The background: keeps a charter in force (policy, URL, file or built-in), answers the charter and manager messages,
// shows the mode on the toolbar button and files the statistics; the logic lives in lib/.
import { startCharterDistribution } from '../lib/charter-provider/charter-distribution';
import { listenForCharterRequests } from '../lib/charter-provider/charter-requests';
import { showModeOnActionBadge } from '../lib/manager/mode-action-badge';
import { openStatsStore } from '../lib/store/stats-store';
import { listenForStatsRequests } from '../lib/store/stats-requests';

export default defineBackground(() => {
  listenForCharterRequests();
  // The database opens on the first event, not at every service-worker start.
  listenForStatsRequests(openStatsStore());
  startCharterDistribution();
  showModeOnActionBadge();
});
