// The background: keeps a charter in force and answers the charter messages; the logic lives in lib/charter-provider.
import { listenForCharterRequests } from '../lib/charter-provider/charter-requests';
import { ensureCharterInForce } from '../lib/charter-provider/ensure-charter';

export default defineBackground(() => {
  listenForCharterRequests();
  browser.runtime.onInstalled.addListener(() => void ensureCharterInForce({ extensionChanged: true }));
  browser.runtime.onStartup.addListener(() => void ensureCharterInForce({ extensionChanged: false }));
});
