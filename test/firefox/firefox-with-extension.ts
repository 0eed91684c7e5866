// A stock Firefox (Debian's firefox-esr) driven by puppeteer-core over WebDriver BiDi, with the unpacked Firefox build of
// Gardefou installed as a temporary add-on (BiDi webExtension.install) and the fixture sites reached through a proxy.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** `npm run build:firefox` output; test-all passes the folder it built into. */
export const FIREFOX_EXTENSION_DIR = resolve(process.env.FIREFOX_EXT_DIR ?? join(process.env.GARDEFOU_OUT_DIR || '.output', 'firefox-mv3'));
/**
 * Firefox gives each install a random moz-extension:// UUID; this pref, read before the install, pins it so that the
 * extension's pages can be opened by URL (the Chromium tests read the id from the service worker instead).
 */
const EXTENSION_UUID = '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id Firefox installed it under (browser_specific_settings.gecko.id). */
  addonId: string;
  /** moz-extension://<uuid> */
  extensionOrigin: string;
  /** Opens one of the extension's pages (e.g. `popup.html?tab=3`) in a new window, loaded. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** The gecko id the build declares: the one policies.json and the UUID pref must name. */
export function declaredGeckoId(extensionDir = FIREFOX_EXTENSION_DIR): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json declares no browser_specific_settings.gecko.id`);
  return id;
}

/**
 * Puppeteer's page.goto waits for BiDi navigation events that Firefox does not send for a moz-extension: load (it happens
 * in the extension process), so it times out although the page loaded. BiDi's browsingContext.navigate command itself
 * resolves once the page is complete; puppeteer keeps it on the frame's (internal) browsingContext.
 */
async function navigateToExtensionPage(page: Page, url: string): Promise<void> {
  const context = (page.mainFrame() as unknown as { browsingContext?: { navigate?(url: string, wait: 'complete'): Promise<unknown> } })
    .browsingContext;
  if (typeof context?.navigate !== 'function') {
    throw new Error('puppeteer-core no longer exposes BidiFrame.browsingContext.navigate: open extension pages another way');
  }
  await context.navigate(url, 'complete');
}

/** Launches headless Firefox with the extension; every https request goes through the proxy on `proxyPort`. */
export async function launchFirefoxWithExtension({ proxyPort }: { proxyPort: number }): Promise<FirefoxWithExtension> {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`No Firefox at ${FIREFOX_PATH}: install firefox-esr (bash scripts/install-system-packages.sh) or set FIREFOX_PATH.`);
  }
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first (or set FIREFOX_EXT_DIR).`);
  }
  const geckoId = declaredGeckoId();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: !process.env.HEADED,
    protocol: 'webDriverBiDi',
    // The fixture server's certificate is self-signed.
    acceptInsecureCerts: true,
    // Lets BiDi navigate a tab to moz-extension:// URLs (it refuses any scheme but http(s), file, blob and about:blank otherwise).
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      // Manual proxy for https (and http, which it refuses): the only way in to the fixture sites, and no way out.
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.share_proxy_settings': false,
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
    },
  });
  try {
    const addonId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;
    return {
      browser,
      addonId,
      extensionOrigin,
      openExtensionPage: async (path) => {
        // A window of its own, as a real popup: a tab would hide the site's tab, and Firefox throttles a hidden tab's
        // timers to about one per second (an insertion then takes 20 s instead of well under one).
        const page = await browser.newPage({ type: 'window' });
        await navigateToExtensionPage(page, `${extensionOrigin}/${path}`);
        return page;
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
