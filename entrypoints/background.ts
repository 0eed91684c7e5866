// The background: keeps a charter in force (policy, URL, file or built-in), answers the charter and manager messages,
// shows the mode on the toolbar button and files the statistics; the logic lives in lib/.
import { startCharterDistribution } from '../lib/background/charter-sources/charter-distribution';
import { listenForCharterRequests } from '../lib/background/charter-sources/charter-requests';
import { showModeOnActionBadge } from '../lib/background/manager/mode-action-badge';
import { openStatsStore } from '../lib/shared/stats-db/stats-store';
import { listenForStatsRequests } from '../lib/background/stats-db/stats-requests';
import { listenForSlowRuleReports } from '../lib/background/charter-sources/slow-rule-reports';

export default defineBackground(() => {
  listenForCharterRequests();
  // The database opens on the first event, not at every service-worker start.
  listenForStatsRequests(openStatsStore());
  listenForSlowRuleReports();
  startCharterDistribution();
  showModeOnActionBadge();
});
