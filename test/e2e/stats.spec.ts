// Statistics in the real browser: events sent to the background land in its IndexedDB, the options page's Statistics tab shows them,
// the CSV export downloads with a BOM, the database holds no page text, and "Clear all" empties it after confirmation.
// The events are sent from an extension page here, as the popup does; stats-flow.spec.ts records them through real use.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { loadDemoCharter, openOptionsPage } from './extension-pages';
import { clearStatistics, dumpStatsDatabase } from './stats-database';

type RuntimeGlobal = { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };

const BRANDTRUC = JSON.parse(readFileSync('charters/brandtruc.json', 'utf8')) as { rules: { id: string }[] };
const CHARTER_RULE = BRANDTRUC.rules.find((rule) => rule.id === 'brandtruc.tone.banned-boilerplate')!.id;
const DRAFT_WORDS = 'Gwendoline Zabrowski xylophone https://www.facebook.com/gwendoline.zabrowski';

function sendEvents(page: Page, events: unknown[]): Promise<unknown> {
  return page.evaluate((sent) => (globalThis as unknown as RuntimeGlobal).chrome.runtime.sendMessage({ type: 'gardefou:record-events', events: sent }), events);
}

test('records events in the background and shows, exports and clears them from the Statistics tab', async ({ context, extensionId, serviceWorker }) => {
  await loadDemoCharter(context, extensionId);
  const options = await openOptionsPage(context, extensionId, '#statistics');
  const panel = options.getByTestId('statistics');
  await expect(panel).toHaveAttribute('data-state', 'ready');
  await clearStatistics(options);

  const now = Date.now();
  const shown = { kind: 'finding-shown', ruleId: CHARTER_RULE, platform: 'facebook', at: now };
  const response = await sendEvents(options, [
    shown,
    shown,
    shown,
    { kind: 'finding-fixed', ruleId: CHARTER_RULE, platform: 'facebook', at: now },
    { kind: 'finding-overridden', ruleId: CHARTER_RULE, reason: 'approved_by_lead', platform: 'facebook', at: now },
    { kind: 'escalation-recorded', pathId: 'legal', platform: 'x', at: now },
    { kind: 'false-positive-reported', ruleId: CHARTER_RULE, reason: 'allowed_by_charter', platform: 'x', at: now, attachedText: 'Texte joint, choisi' },
    // A careless sender: the draft in extra fields, and a sentence as a rule id. Neither may reach the database.
    { ...shown, draft: DRAFT_WORDS, url: 'https://www.facebook.com/gwendoline.zabrowski' },
    { ...shown, ruleId: DRAFT_WORDS },
  ]);
  expect(response).toEqual({ ok: true, recorded: 8 });

  await options.getByRole('button', { name: 'Refresh' }).click();
  const row = options.locator(`[data-testid="rule-stats"] tr[data-rule="${CHARTER_RULE}"]`);
  await expect(row.locator('[data-column="shown"]')).toHaveText('4');
  await expect(row.locator('[data-column="fixed"]')).toContainText('25%');
  await expect(row.locator('[data-reason="approved_by_lead"]')).toContainText('1');
  await expect(options.locator('[data-testid="escalation-chart"][data-path="legal"] [data-testid="escalation-total"]')).toContainText('1');
  await expect(options.getByTestId('false-positive-reports')).toContainText('Texte joint, choisi');
  await options.screenshot({ path: 'test-results/screenshots/options-statistics-en.png', fullPage: true });

  await options.getByTestId('csv-separator').selectOption(';');
  const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-export="rules"]').click()]);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe(
    'day;platform;rule_id;category;shown;fixed;overridden;overridden_false_positive;overridden_context_ok;overridden_approved_by_lead;false_positive_reports;quieted;restored',
  );
  expect(lines[1]).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2};facebook;${CHARTER_RULE.replace(/\./g, '\\.')};overmarketing;4;1;1;0;0;1;0;0;0$`));

  const dump = await dumpStatsDatabase(serviceWorker);
  expect(dump).toContain(CHARTER_RULE);
  for (const word of ['Gwendoline', 'Zabrowski', 'xylophone', 'facebook.com']) expect(dump).not.toContain(word);

  await options.getByTestId('clear-statistics').click();
  await options.getByTestId('clear-confirm-button').click();
  await expect(options.getByTestId('stats-empty')).toBeVisible();
  expect(JSON.parse(await dumpStatsDatabase(serviceWorker))).toEqual({ escalations: [], falsePositiveReports: [], phrasingCounts: [], ruleCounts: [] });
});
