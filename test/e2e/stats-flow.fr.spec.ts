// The statistics scenario of stats-flow.spec.ts in a browser whose UI language is French: the popup, the card and the Statistics
// tab in French, the CSV with the separator French Excel expects, and the same counts.
import { test } from './harness';
import { runStatsFlow } from './stats-flow-scenario';

test.use({ extensionBrowser: { lang: 'fr' } });

test('statistics from real use, French UI: counted in the CSV exports, with no page text stored', async ({ context, extensionId, serviceWorker }) => {
  test.setTimeout(120_000);
  await runStatsFlow({ context, extensionId, serviceWorker }, 'fr');
});
