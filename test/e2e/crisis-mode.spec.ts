// Crisis mode switched on by the manager in the options page: the content script, the page badge, the toolbar button
// and the popup all show it at once; with a manager PIN set, the switch needs the PIN.
import type { Worker } from '@playwright/test';
import { expect, focusBoxEnd, openFixture, test } from './harness';
import { openOptionsPage, openPopupFor, tabIdOf } from './extension-pages';
import { sendManagerRequest, wipeManagerSettings } from './manager-setup';
import { activeBoxOf, badgeOf, loadDemoCharter } from './overlay-probe';

test.beforeAll(async ({ extContext, extensionId, serviceWorker }) => {
  await wipeManagerSettings(serviceWorker);
  const loaded = await loadDemoCharter(extContext, extensionId);
  expect(loaded.ok, JSON.stringify(loaded.errors)).toBe(true);
});

test.afterAll(async ({ serviceWorker }) => {
  await wipeManagerSettings(serviceWorker);
});

function toolbarBadgeText(serviceWorker: Worker): Promise<string> {
  return serviceWorker.evaluate(() =>
    (globalThis as unknown as { chrome: { action: { getBadgeText(details: object): Promise<string> } } }).chrome.action.getBadgeText({}),
  );
}

test('the manager switches crisis mode on: badge, toolbar, popup and the checks follow; with a PIN set the switch needs it', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const page = await openFixture(context, 'facebook');
  await page.evaluate(() => window.__fixture.setText('fb-reply-c101', 'Profitez de -20 % sur toute la collection, offre exceptionnelle !'));
  await focusBoxEnd(page, 'fb-reply-c101');
  await expect.poll(async () => (await activeBoxOf(serviceWorker, page))?.mode).toBe('normal');
  expect(await toolbarBadgeText(serviceWorker)).toBe('');

  const options = await openOptionsPage(context, extensionId, '#distribution');
  // A controlled radio: it shows the stored mode, so it turns on once the background saved it (click, not check).
  await options.getByTestId('mode-option-crisis').click();
  await expect(options.getByTestId('mode-switch')).toHaveAttribute('data-mode', 'crisis');
  await expect(options.getByTestId('mode-in-force')).toContainText(/set by the manager|défini par le manager/);

  const state = await activeBoxOf(serviceWorker, page);
  expect(state?.mode).toBe('crisis');
  expect(state?.paths.map((path) => path.id)).toContain('crisis');
  await expect(badgeOf(page, state!.boxId)).toHaveAttribute('data-mode', 'crisis');
  await expect.poll(() => toolbarBadgeText(serviceWorker)).toBe('SOS');
  const popup = await openPopupFor(context, extensionId, await tabIdOf(serviceWorker, page));
  await expect(popup.locator('header [data-mode="crisis"]')).toBeVisible();
  await expect(popup.getByTestId('mode-notice')).toBeVisible();
  await popup.close();

  // A PIN protects the switch from now on.
  const setPin = await sendManagerRequest(context, extensionId, { type: 'gardefou:set-manager-pin', newPin: '1357' });
  expect(setPin.ok).toBe(true);
  await options.reload();
  await expect(options.getByTestId('mode-locked')).toHaveAttribute('data-lock', 'pin-required');
  expect(await sendManagerRequest(context, extensionId, { type: 'gardefou:set-manager-mode', mode: 'normal' })).toEqual({ ok: false, refusal: 'pin-required' });
  await options.getByTestId('unlock-pin').fill('1357');
  await options.getByTestId('unlock-submit').click();
  await options.getByTestId('mode-option-normal').click();
  await expect(options.getByTestId('mode-switch')).toHaveAttribute('data-mode', 'normal');
  await expect.poll(async () => (await activeBoxOf(serviceWorker, page))?.mode).toBe('normal');
  await expect.poll(() => toolbarBadgeText(serviceWorker)).toBe('');
});
