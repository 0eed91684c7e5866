// The overlay's shadow root is closed: page scripts cannot read the findings or the charter's internal team, channel and SLA
// names. Automated browser tests read it through a diagnostics switch that only the extension's own contexts can set
// (chrome.storage is out of a page script's reach); a CM's browser never has it.
import { localValue } from '../boxes/local-values';

/** Set by the e2e harness from the service worker (test/e2e/harness.ts); read as a plain storage.local value, so the page
 *  does not carry WXT's storage layer for it. */
const overlayDiagnosticsItem = localValue<boolean>('diagnosticsOpenOverlay', false);

let open = false;
// Read once when the content script starts: before any overlay exists (hosts appear only after the charter is read).
void overlayDiagnosticsItem.getValue().then(
  (value) => {
    open = value === true;
  },
  () => undefined,
);

export function overlayShadowMode(): ShadowRootMode {
  return open ? 'open' : 'closed';
}
