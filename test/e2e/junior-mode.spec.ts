// Junior mode in the real extension, on every platform fixture: a reply with an error-level finding does not leave, by
// the send button or the site's send key, and the overlay says why; a clean reply goes through; on a legal path only an
// approved phrasing goes; a lead's PIN in the popup lets a finding through. Gardefou itself never sends anything.
import { readFileSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { boxSendButton, boxText, expect, focusBoxEnd, openFixture, sentMessages, test, type FixtureName } from './harness';
import { openOptionsPage, openPopupFor, tabIdOf } from './extension-pages';
import { enterJuniorMode, sendManagerRequest, wipeManagerSettings } from './manager-setup';
import { activeBoxOf, badgeOf, loadDemoCharter } from './overlay-probe';

const PIN = '2468';
const BLOCKED_DRAFT = 'Nous vous remboursons demain sans faute.';
const BRANDTRUC = JSON.parse(readFileSync('charters/brandtruc.json', 'utf8')) as { phrasings: { path?: string; lang: string; text: string }[] };

/** A clean reply for the thread: Brandtruc's first French approved phrasing for the path the box's message calls for. */
function cleanReplyFor(pathIds: readonly string[]): string {
  const path = pathIds[0] ?? 'sav';
  const phrasing = BRANDTRUC.phrasings.find((candidate) => candidate.path === path && candidate.lang === 'fr' && !candidate.text.includes('{'));
  if (!phrasing) throw new Error(`Brandtruc has no French phrasing for the path ${path}`);
  return phrasing.text;
}

const PLATFORMS: { name: string; fixture: FixtureName; box: string; sendKey: 'Enter' | 'Control+Enter' }[] = [
  { name: 'Facebook (Lexical)', fixture: 'facebook', box: 'fb-reply-c101', sendKey: 'Enter' },
  { name: 'X (Draft.js)', fixture: 'x', box: 'x-inline-reply', sendKey: 'Control+Enter' },
  { name: 'LinkedIn (TipTap)', fixture: 'linkedin', box: 'li-comment-post1', sendKey: 'Control+Enter' },
  { name: 'LinkedIn legacy (Quill)', fixture: 'linkedin-legacy', box: 'li-legacy-comment-post1', sendKey: 'Control+Enter' },
  { name: 'X DM (textarea)', fixture: 'x-dm', box: 'x-dm', sendKey: 'Enter' },
];

test.beforeAll(async ({ extContext, extensionId, serviceWorker }) => {
  await wipeManagerSettings(serviceWorker);
  const loaded = await loadDemoCharter(extContext, extensionId);
  expect(loaded.ok, JSON.stringify(loaded.errors)).toBe(true);
  await enterJuniorMode(extContext, extensionId, PIN);
});

test.afterAll(async ({ serviceWorker }) => {
  await wipeManagerSettings(serviceWorker);
});

/** Puts a draft in the box through the editor library (as the site's own code would), then the caret at its end. */
async function writeDraft(page: Page, box: string, text: string): Promise<void> {
  await page.evaluate(({ id, value }) => window.__fixture.setText(id, value), { id: box, value: text });
  // The editor renders the new text first; only then does "end of the box" mean after it.
  await expect.poll(() => boxText(page, box)).toBe(text);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  await focusBoxEnd(page, box);
}

function sendBlock(page: Page) {
  return page.locator('gardefou-overlay [data-testid="send-block"]');
}

async function errorFindings(serviceWorker: Worker, page: Page): Promise<string[]> {
  const state = await activeBoxOf(serviceWorker, page);
  return (state?.findings ?? []).filter((finding) => finding.severity === 'error').map((finding) => finding.ruleId);
}

for (const platform of PLATFORMS) {
  test(`${platform.name}: an error-level reply is held back on click and on ${platform.sendKey}; a clean one goes`, async ({ context, serviceWorker }) => {
    const page = await openFixture(context, platform.fixture);
    await writeDraft(page, platform.box, BLOCKED_DRAFT);
    await expect.poll(() => errorFindings(serviceWorker, page)).not.toEqual([]);
    const state = await activeBoxOf(serviceWorker, page);
    await expect(badgeOf(page, state!.boxId)).toHaveAttribute('data-mode', 'junior');

    await page.keyboard.press(platform.sendKey);
    await expect(sendBlock(page)).toBeVisible();
    await expect(sendBlock(page)).toContainText(state!.findings.find((finding) => finding.severity === 'error')!.message);
    await expect(sendBlock(page).locator('[data-phrasing]').first()).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/junior-blocked-${platform.fixture}.png` });
    await boxSendButton(page, platform.box).click();
    // Typing goes on: the guard holds back only the send gesture.
    await focusBoxEnd(page, platform.box);
    await page.keyboard.type(' Ok');
    await expect.poll(() => boxText(page, platform.box)).toBe(`${BLOCKED_DRAFT} Ok`);
    expect(await sentMessages(page)).toEqual([]);
    expect(await page.evaluate(() => window.__fixture.errors)).toEqual([]);

    const clean = cleanReplyFor(state!.paths.map((path) => path.id));
    await writeDraft(page, platform.box, clean);
    await expect.poll(() => errorFindings(serviceWorker, page)).toEqual([]);
    await page.keyboard.press(platform.sendKey);
    await expect.poll(() => sentMessages(page)).toEqual([{ box: platform.box, text: clean, via: 'key' }]);

    await writeDraft(page, platform.box, clean);
    await boxSendButton(page, platform.box).click();
    await expect.poll(() => sentMessages(page).then((sent) => sent.length)).toBe(2);
    expect((await sentMessages(page))[1]).toEqual({ box: platform.box, text: clean, via: 'button' });
  });
}

test('Shift+Enter still makes a new line in a held-back Facebook reply', async ({ context }) => {
  const page = await openFixture(context, 'facebook');
  await focusBoxEnd(page, 'fb-reply-c101');
  await page.keyboard.type(BLOCKED_DRAFT);
  await page.keyboard.press('Enter');
  await expect(sendBlock(page)).toBeVisible();
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('Suite');
  await expect.poll(() => boxText(page, 'fb-reply-c101')).toBe(`${BLOCKED_DRAFT}\nSuite`);
  expect(await sentMessages(page)).toEqual([]);
});

test('on a legal path only an approved phrasing goes through', async ({ context, serviceWorker }) => {
  const page = await openFixture(context, 'facebook');
  // Alice's comment becomes a legal threat before the CM clicks into the reply box (the box reads its thread on focus).
  await page.evaluate(() => {
    const comment = document.querySelector('[data-fixture-box="fb-reply-c101"]')?.closest('.fb-comment-item')?.querySelector('.fb-comment-text');
    if (!comment) throw new Error('no comment text for fb-reply-c101');
    comment.textContent = 'Je vais porter plainte contre Brandtruc, mon avocat vous contactera.';
  });
  await writeDraft(page, 'fb-reply-c101', 'Désolé, on regarde ça et on revient vers vous.');
  await expect.poll(async () => (await activeBoxOf(serviceWorker, page))?.paths.map((path) => path.id)).toContain('legal');
  expect(await errorFindings(serviceWorker, page)).toEqual(['mode:junior:approved-only']);

  await page.keyboard.press('Enter');
  await expect(sendBlock(page)).toContainText(/approved phrasing|formulation validée/);
  await expect(sendBlock(page).locator('[data-phrasing^="FR 2."]').first()).toBeVisible();
  expect(await sentMessages(page)).toEqual([]);

  const approved = 'Bonjour, votre message a été transmis au service concerné, qui reviendra vers vous directement.';
  await writeDraft(page, 'fb-reply-c101', approved);
  await expect.poll(() => errorFindings(serviceWorker, page)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect.poll(() => sentMessages(page)).toEqual([{ box: 'fb-reply-c101', text: approved, via: 'key' }]);
});

test("a lead's PIN in the popup lets the finding through; a wrong PIN does not", async ({ context, extensionId, serviceWorker }) => {
  const page = await openFixture(context, 'x');
  await writeDraft(page, 'x-inline-reply', BLOCKED_DRAFT);
  await expect.poll(() => errorFindings(serviceWorker, page)).not.toEqual([]);
  const popup = await openPopupFor(context, extensionId, await tabIdOf(serviceWorker, page));
  const override = popup.getByTestId('lead-override');
  await expect(override.getByTestId('lead-override-blocked')).toBeVisible();
  // No plain "Dismiss" in junior mode: only the lead's PIN.
  await expect(popup.getByTestId('dismiss-button')).toHaveCount(0);

  await override.getByTestId('lead-override-pin').fill('0000');
  await override.getByTestId('lead-override-submit').click();
  await expect(override.getByTestId('lead-override-result')).toHaveAttribute('data-result', 'refused');
  await page.bringToFront();
  await focusBoxEnd(page, 'x-inline-reply');
  await page.keyboard.press('Control+Enter');
  expect(await sentMessages(page)).toEqual([]);

  await popup.bringToFront();
  await override.getByTestId('lead-override-pin').fill(PIN);
  await override.getByTestId('lead-override-submit').click();
  await expect(override.getByTestId('lead-override-result')).toHaveAttribute('data-result', 'validated');
  await popup.screenshot({ path: 'test-results/screenshots/popup-junior-override.png' });
  await popup.close();

  await page.bringToFront();
  await focusBoxEnd(page, 'x-inline-reply');
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => sentMessages(page)).toEqual([{ box: 'x-inline-reply', text: BLOCKED_DRAFT, via: 'key' }]);
});

test('in junior mode the options page is read-only until the manager unlocks it, and mode switches are refused', async ({
  context,
  extensionId,
}) => {
  const options = await openOptionsPage(context, extensionId, '#distribution');
  await expect(options.getByTestId('mode-switch')).toHaveAttribute('data-mode', 'junior');
  await expect(options.getByTestId('access-state')).toContainText(/Junior mode|Mode junior/);
  await expect(options.getByTestId('mode-locked')).toBeVisible();
  await expect(options.getByTestId('mode-option-normal')).toBeDisabled();
  await expect(options.getByTestId('charter-url-input')).toBeDisabled();
  await expect(options.getByTestId('pin-new')).toBeDisabled();
  const refused = await sendManagerRequest(context, extensionId, { type: 'gardefou:set-manager-mode', mode: 'normal' });
  expect(refused).toEqual({ ok: false, refusal: 'junior-needs-pin' });
  await options.screenshot({ path: 'test-results/screenshots/options-junior-locked.png', fullPage: true });

  await options.getByTestId('unlock-pin').fill('9999');
  await options.getByTestId('unlock-submit').click();
  await expect(options.getByTestId('result-unlock')).toHaveAttribute('data-result', 'refused');
  await options.getByTestId('unlock-pin').fill(PIN);
  await options.getByTestId('unlock-submit').click();
  await expect(options.getByTestId('manager-access')).toHaveAttribute('data-unlocked', 'true');
  // Unlocked, the manager leaves junior mode (the page sends the PIN it was unlocked with). Last test of the file.
  await options.getByTestId('mode-option-normal').click();
  await expect(options.getByTestId('mode-switch')).toHaveAttribute('data-mode', 'normal');
  await expect(options.getByTestId('access-state')).not.toContainText(/Junior mode|Mode junior/);
});
