// Helpers for the extension's own pages in tests: load a charter through the options page, find a tab's id, open the popup for a tab.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect } from '@playwright/test';

/** The extension API as the service worker sees it (no @types/chrome here). */
type TabsGlobal = { chrome: { tabs: { query(query: object): Promise<{ id?: number }[]> } } };

export async function openOptionsPage(context: BrowserContext, extensionId: string, hash = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html${hash}`);
  await expect(page.getByTestId('options')).toHaveAttribute('data-ready', 'true');
  return page;
}

/** Loads the Brandtruc demo charter with the options page's button and waits until it is in force. */
export async function loadDemoCharter(context: BrowserContext, extensionId: string): Promise<void> {
  const options = await openOptionsPage(context, extensionId);
  await options.getByTestId('load-demo').click();
  await expect(options.getByTestId('import-result')).toHaveAttribute('data-result', 'applied');
  await expect(options.getByTestId('charter-name')).toHaveText('Brandtruc');
  await options.close();
}

/** Imports a charter file through the options page's file input; returns the page, left open on the result. */
export async function importCharterFile(context: BrowserContext, extensionId: string, file: string): Promise<Page> {
  const options = await openOptionsPage(context, extensionId);
  await options.getByTestId('charter-file-input').setInputFiles(file);
  await expect(options.getByTestId('import-result')).not.toHaveAttribute('data-result', 'working');
  return options;
}

/** The browser tab id of a page: brought to the front, it is the active tab (without the "tabs" permission, tabs carry no URL). */
export async function tabIdOf(serviceWorker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const ids = await serviceWorker.evaluate(async () => {
    const tabs = await (globalThis as unknown as TabsGlobal).chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tabs.map((tab) => tab.id);
  });
  if (ids.length !== 1 || typeof ids[0] !== 'number') throw new Error(`expected one active tab, found ${JSON.stringify(ids)}`);
  return ids[0];
}

/** Opens the popup as a tab aimed at `tabId` (a popup opened as a tab is itself the active tab, hence ?tab=). */
export async function openPopupFor(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 900 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByTestId('popup')).not.toHaveAttribute('data-state', 'loading');
  return popup;
}
