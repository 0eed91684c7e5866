// Charter distribution by URL in the real extension: a charter served by a local server (CORS, ETag) is picked up from the
// options page, updated when the refresh alarm fires, and a broken update leaves the last good charter with the error shown.
import { readFileSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { expect, openFixture, test } from './harness';
import { openOptionsPage, openPopupFor, tabIdOf } from './extension-pages';
import { startCharterServer, type CharterServer } from './charter-server';
import { wipeManagerSettings } from './manager-setup';
import { loadDemoCharter } from './overlay-probe';

const brandtruc = JSON.parse(readFileSync('charters/brandtruc.json', 'utf8')) as Record<string, unknown>;
const charterVersion = (version: string, updatedAt: string) => JSON.stringify({ ...brandtruc, version, updatedAt });

let server: CharterServer;

test.beforeAll(async () => {
  server = await startCharterServer({ status: 200, body: charterVersion('2026.12.1', '2026-12-01'), etag: '"v1"' });
});

test.afterAll(async ({ extContext, extensionId, serviceWorker }) => {
  await server.close();
  await wipeManagerSettings(serviceWorker);
  // The next spec files expect the demo charter, not this test's URL charter.
  await loadDemoCharter(extContext, extensionId);
});

/** Fires the real refresh alarm now (unpacked extensions may schedule alarms this close), as the hourly period would. */
async function fireRefreshAlarm(serviceWorker: Worker): Promise<void> {
  await serviceWorker.evaluate(() => {
    const { chrome } = globalThis as unknown as { chrome: { alarms: { create(name: string, info: object): void } } };
    chrome.alarms.create('gardefou-charter-refresh', { when: Date.now() + 50, periodInMinutes: 60 });
  });
}

/** The charter in force's "last successful update", straight from storage. */
function lastSuccessAt(serviceWorker: Worker): Promise<string | undefined> {
  return serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, { lastSuccessAt?: string }>> } } } };
    return (await chrome.storage.local.get('charterMeta')).charterMeta?.lastSuccessAt;
  });
}

function inForce(options: Page) {
  return options.getByTestId('charter-sources').locator('[data-in-force="true"]');
}

test('a charter URL set in the options page is fetched, refreshed by the alarm, and a broken update keeps the last good one', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const options = await openOptionsPage(context, extensionId, '#distribution');
  await options.getByTestId('charter-url-input').fill(server.url);
  await options.getByTestId('charter-url-save').click();
  await expect(options.getByTestId('result-url')).toHaveAttribute('data-result', 'applied');
  await expect(options.getByTestId('charter-version')).toHaveText('2026.12.1');
  await expect(inForce(options)).toHaveAttribute('data-source', 'manager-url');
  // No host permission was granted (the prompt is never answered here): the plain CORS request did the job, and the page says so.
  await expect(options.getByTestId('charter-url-cors')).toBeVisible();
  await options.screenshot({ path: 'test-results/screenshots/options-distribution-url.png', fullPage: true });

  // The popup shows where the charter in force comes from.
  const page = await openFixture(context, 'facebook');
  const popup = await openPopupFor(context, extensionId, await tabIdOf(serviceWorker, page));
  await expect(popup.getByTestId('charter-origin-line')).toContainText('2026.12.1');
  await popup.close();

  // The manager publishes a new version; the periodic alarm brings it in.
  server.answer = { status: 200, body: charterVersion('2026.12.2', '2026-12-02'), etag: '"v2"' };
  await fireRefreshAlarm(serviceWorker);
  await expect(options.getByTestId('charter-version')).toHaveText('2026.12.2');
  expect(server.requests.filter((request) => request.method === 'GET').at(-1)?.ifNoneMatch).toBe('"v1"');

  // Unchanged: a 304, and "last successful update" moves on.
  const loadedBefore = await lastSuccessAt(serviceWorker);
  await options.getByTestId('charter-refresh').click();
  await expect(options.getByTestId('result-refresh')).toHaveAttribute('data-result', 'unchanged');
  expect(server.requests.filter((request) => request.method === 'GET').at(-1)?.ifNoneMatch).toBe('"v2"');
  expect(await lastSuccessAt(serviceWorker)).not.toBe(loadedBefore);

  // A broken update: the server fails; the last good charter stays and the options page says why.
  server.answer = { status: 500, body: 'Internal Server Error', contentType: 'text/plain' };
  await fireRefreshAlarm(serviceWorker);
  const problem = options.getByTestId('charter-problem');
  await expect(problem.getByTestId('charter-problem-failures')).toContainText('HTTP 500');
  await expect(options.getByTestId('charter-version')).toHaveText('2026.12.2');

  // Then JSON that is not a valid charter: every problem listed, still the same charter in force.
  server.answer = { status: 200, body: JSON.stringify({ ...brandtruc, version: '2026.12.3', updatedAt: '2026-12-03', defaultMode: 'boss' }), etag: '"v3"' };
  await options.getByTestId('charter-refresh').click();
  await expect(options.getByTestId('result-refresh')).toHaveAttribute('data-result', 'failed');
  await expect(problem.getByTestId('charter-problem-errors')).toContainText('defaultMode');
  await expect(options.getByTestId('charter-version')).toHaveText('2026.12.2');

  // And an older charter from the same address is refused as a downgrade.
  server.answer = { status: 200, body: charterVersion('2026.11.9', '2026-11-30'), etag: '"old"' };
  await options.getByTestId('charter-refresh').click();
  await expect(problem.locator('[data-failure="downgrade"]')).toContainText('2026.11.9');
  await expect(options.getByTestId('charter-version')).toHaveText('2026.12.2');
  await options.screenshot({ path: 'test-results/screenshots/options-distribution-error.png', fullPage: true });

  // While a URL supplies the charter, a file cannot be imported: the import says why.
  await options.goto(`chrome-extension://${extensionId}/options.html#charter`);
  await expect(options.getByTestId('import-locked')).toContainText(/URL|address/);
});
