// The statistics from real use in an English browser: shown, fixed, overridden, reported, inserted and escalated, counted in the
// CSV exports of the Statistics tab, with no page text in the database (the scenario: stats-flow-scenario.ts).
import { test } from './harness';
import { runStatsFlow } from './stats-flow-scenario';

// Its own browser and profile (the default one is shared by the other spec files): the counts are this test's alone.
test.use({ extensionBrowser: { lang: 'en' } });

test('statistics from real use, English UI: counted in the CSV exports, with no page text stored', async ({ context, extensionId, serviceWorker }) => {
  test.setTimeout(120_000);
  await runStatsFlow({ context, extensionId, serviceWorker }, 'en');
});
