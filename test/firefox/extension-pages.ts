// What the Firefox scenario asks of the extension through its own pages: the demo charter via the options page, the
// content script's view of the active box (as the popup asks it), and the popup opened as a tab for a given tab.
import type { Page } from 'puppeteer-core';
import type { GetActiveBoxResponse } from '../../lib/shared/messaging/protocol';
import type { FirefoxWithExtension } from './firefox-with-extension';

/** The slice of Firefox's `browser` API an extension page uses here (no WebExtension types in this project). */
type ExtensionGlobal = {
  browser: {
    tabs: {
      query(filter: object): Promise<{ id?: number }[]>;
      sendMessage(tabId: number, message: unknown): Promise<unknown>;
    };
  };
};

/** Loads the Brandtruc demo charter with the options page's button and waits until it is in force. */
export async function loadDemoCharter(firefox: FirefoxWithExtension): Promise<string> {
  const options = await firefox.openExtensionPage('options.html');
  try {
    await options.waitForSelector('[data-testid="options"][data-ready="true"]');
    await options.click('[data-testid="load-demo"]');
    await options.waitForSelector('[data-testid="import-result"][data-result="applied"]');
    return await options.$eval('[data-testid="charter-name"]', (element) => element.textContent ?? '');
  } finally {
    await options.close();
  }
}

/** The browser tab id of a page: brought to the front, it is the active tab (without the "tabs" permission, tabs carry no URL). */
export async function tabIdOf(extensionPage: Page, page: Page): Promise<number> {
  await page.bringToFront();
  const ids = await extensionPage.evaluate(async () => {
    const tabs = await (globalThis as unknown as ExtensionGlobal).browser.tabs.query({ active: true, lastFocusedWindow: true });
    return tabs.map((tab) => tab.id);
  });
  if (ids.length !== 1 || typeof ids[0] !== 'number') throw new Error(`expected one active tab, found ${JSON.stringify(ids)}`);
  return ids[0];
}

/** What the popup would get for the tab's active box: `gardefou:get-active-box` sent to the tab's content script. */
export async function activeBoxOf(extensionPage: Page, page: Page): Promise<GetActiveBoxResponse> {
  const tabId = await tabIdOf(extensionPage, page);
  return (await extensionPage.evaluate(
    (id) => (globalThis as unknown as ExtensionGlobal).browser.tabs.sendMessage(id, { type: 'gardefou:get-active-box' }),
    tabId,
  )) as GetActiveBoxResponse;
}

/** Opens the popup as a tab aimed at `tabId` (a popup opened as a tab is itself the active tab, hence ?tab=). */
export async function openPopupFor(firefox: FirefoxWithExtension, tabId: number): Promise<Page> {
  const popup = await firefox.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.setViewport({ width: 380, height: 900 });
  await popup.waitForSelector('[data-testid="popup"]:not([data-state="loading"])');
  return popup;
}
