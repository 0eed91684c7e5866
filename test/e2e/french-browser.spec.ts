// A second worker-scoped browser: test.use() on a worker option must be top-level in its file, so Playwright starts a new worker.
import { expect, openFixture, test } from './harness';

test.use({ extensionBrowser: { lang: 'fr' } });

/** The extension API read inside the service worker (no @types/chrome here). */
type ExtensionGlobal = { chrome: { i18n: { getUILanguage(): string } } };

test('a browser launched with lang fr shows French to pages and to the extension', async ({ context, serviceWorker }) => {
  const page = await openFixture(context, 'facebook');
  expect(await page.evaluate(() => navigator.language)).toMatch(/^fr/);
  expect(await serviceWorker.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.i18n.getUILanguage())).toMatch(/^fr/);
});
