// Manager settings in the e2e tests: set through the background's own messages (as the options page does), and wiped
// afterwards straight from storage, since every spec file shares the worker's browser.
import type { BrowserContext, Worker } from '@playwright/test';
import type { ManagerRequest, ManagerResponse } from '../../lib/shared/messaging/manager-protocol';

type ChromeGlobal = { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> }; storage: { local: { remove(keys: string[]): Promise<void> } } } };

/** Sends a manager request from an extension page, as the options page does. */
export async function sendManagerRequest(context: BrowserContext, extensionId: string, request: ManagerRequest): Promise<ManagerResponse> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    return (await page.evaluate((message) => (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage(message), request as object)) as ManagerResponse;
  } finally {
    await page.close();
  }
}

/** Sets the manager PIN and junior mode, and checks the background accepted both. */
export async function enterJuniorMode(context: BrowserContext, extensionId: string, pin: string): Promise<void> {
  const setPin = await sendManagerRequest(context, extensionId, { type: 'gardefou:set-manager-pin', newPin: pin });
  if (!setPin.ok) throw new Error(`PIN refused: ${setPin.refusal}`);
  const setMode = await sendManagerRequest(context, extensionId, { type: 'gardefou:set-manager-mode', mode: 'junior', pin });
  if (!setMode.ok) throw new Error(`junior mode refused: ${setMode.refusal}`);
}

/** Everything the manager can set, removed: the next spec file starts from a plain profile. */
export async function wipeManagerSettings(serviceWorker: Worker): Promise<void> {
  await serviceWorker.evaluate(() =>
    (globalThis as unknown as ChromeGlobal).chrome.storage.local.remove(['managerPin', 'modeOverride', 'managerCharterUrl', 'charterUrlValidators', 'charterProblem']),
  );
}
