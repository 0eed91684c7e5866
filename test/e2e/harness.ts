// Playwright fixtures: a persistent Chromium per worker with the unpacked extension loaded, resolving the three sites to the fixture server.
import { test as base, chromium, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extensionChromiumArgs } from '../fixtures/chromium-args.mjs';

export { expect } from '@playwright/test';
export * from './fixture-pages';

export const EXTENSION_DIR = resolve(process.env.EXT_DIR ?? '.output/chrome-mv3');
/** One content script per site family, each with only its own site adapter (issue 14): entrypoints/<family>.content.ts. */
export const SITE_FAMILIES = ['meta', 'x', 'linkedin'] as const;
export type SiteFamily = (typeof SITE_FAMILIES)[number];
/** Where the build writes a family's content script. */
export const contentScriptPath = (family: SiteFamily): string => join(EXTENSION_DIR, 'content-scripts', `${family}.js`);
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIXTURE_PORT = Number(process.env.FIXTURE_HTTPS_PORT ?? 8443);

/** How a worker's browser is launched; override per file with test.use({ extensionBrowser: { lang: 'fr' } }) (a new worker starts). */
export interface ExtensionBrowserOptions {
  /** Browser UI language (--lang, LANGUAGE, navigator.language), e.g. 'fr'. */
  lang?: string;
  /** Extra Chromium switches, e.g. an enterprise-policy or junior-mode setup. */
  args?: string[];
  /** Unpacked extension to load instead of EXT_DIR / .output/chrome-mv3. */
  extensionDir?: string;
}

export function chromiumArgs(extensionDir: string, options: ExtensionBrowserOptions): string[] {
  return [
    ...extensionChromiumArgs({ extensionDir, port: FIXTURE_PORT }),
    ...(options.lang ? [`--lang=${options.lang}`] : []),
    ...(options.args ?? []),
  ];
}

/** Launches Chromium with the extension: also used by scripts/demo.mjs-style tools outside the test runner. */
export async function launchExtensionBrowser(options: ExtensionBrowserOptions = {}, headless = !process.env.HEADED) {
  const extensionDir = resolve(options.extensionDir ?? EXTENSION_DIR);
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first (or set EXT_DIR).`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'gardefou-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless,
    ignoreHTTPSErrors: true,
    locale: options.lang,
    // Chromium on Linux takes its UI language from LANGUAGE; --lang alone is not enough there.
    env: options.lang ? { ...process.env, LANGUAGE: options.lang } : process.env,
    viewport: { width: 1280, height: 900 },
    args: chromiumArgs(extensionDir, options),
  });
  const close = async () => {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, close };
}

/** Sets the diagnostics switch that opens the overlay's shadow root to the specs (content scripts read it when they start). */
export async function openOverlayForTests(worker: Worker, open: boolean): Promise<void> {
  await worker.evaluate(async (value) => {
    const local = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local;
    await local.set({ diagnosticsOpenOverlay: value });
  }, open);
}

type WorkerFixtures = {
  extensionBrowser: ExtensionBrowserOptions;
  extContext: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
};
type TestFixtures = { pageJanitor: void };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  extensionBrowser: [{}, { scope: 'worker', option: true }],
  extContext: [
    async ({ extensionBrowser }, use) => {
      const browser = await launchExtensionBrowser(extensionBrowser);
      // The overlay's shadow root is closed; the specs read it through this diagnostics switch, which only the extension's
      // own contexts can set (lib/page/overlay/overlay-diagnostics.ts). test/e2e/closed-overlay.spec.ts turns it off.
      const isExtensionWorker = (worker: Worker) => worker.url().startsWith('chrome-extension://');
      const worker =
        browser.context.serviceWorkers().find(isExtensionWorker) ??
        (await browser.context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 10_000 }).catch(() => undefined));
      if (worker) await openOverlayForTests(worker, true);
      await use(browser.context);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  serviceWorker: [
    async ({ extContext }, use) => {
      const isExtensionWorker = (worker: Worker) => worker.url().startsWith('chrome-extension://');
      let worker = extContext.serviceWorkers().find(isExtensionWorker);
      try {
        worker ??= await extContext.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 10_000 });
      } catch {
        throw new Error(
          `The extension's service worker did not start. Chromium refused ${EXTENSION_DIR} or it has no background: ` +
            'load it by hand at chrome://extensions to see the error (e.g. default_locale without _locales/).',
        );
      }
      await use(worker);
    },
    { scope: 'worker' },
  ],
  extensionId: [async ({ serviceWorker }, use) => use(new URL(serviceWorker.url()).host), { scope: 'worker' }],
  // The built-in context/page would launch Playwright's own browser, which is not installed here.
  context: async ({ extContext }, use) => use(extContext),
  page: async ({ extContext }, use) => {
    const page = await extContext.newPage();
    await use(page);
  },
  // Screenshots every open tab of a failed test, then closes the tabs the test opened.
  pageJanitor: [
    async ({ extContext }, use, testInfo) => {
      const before = new Set(extContext.pages());
      await use();
      const opened = extContext.pages().filter((page) => !before.has(page));
      if (testInfo.status !== testInfo.expectedStatus) {
        for (const [index, page] of opened.entries()) {
          const path = testInfo.outputPath(`failure-${index}.png`);
          await page.screenshot({ path }).catch(() => undefined);
          testInfo.attachments.push({ name: `tab ${index}: ${page.url()}`, path, contentType: 'image/png' });
        }
      }
      for (const page of opened) await page.close().catch(() => undefined);
    },
    { auto: true },
  ],
});
