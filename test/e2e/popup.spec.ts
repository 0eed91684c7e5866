// The popup against the real editors: the SAV path and its SLA, the draft's findings, inserting approved phrasing (replace and at
// the caret, one line and several), then real typing and undo in the editor library, and the popup's re-check.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { boxText, expect, focusBoxEnd, openFixture, test, type FixtureName } from './harness';
import { activeBoxOf } from './overlay-probe';
import { dumpStatsDatabase } from './stats-database';
import { importCharterFile, loadDemoCharter, openOptionsPage, openPopupFor, tabIdOf } from './extension-pages';

interface ComplaintBox {
  name: string;
  page: FixtureName;
  box: string;
  /** Puts the caret in the reply box that answers the after-sales complaint. */
  focus(page: Page): Promise<void>;
  /** The first name the page gives for {prénom} / {first_name}. */
  firstName: string;
  /** What the box holds once opened (LinkedIn pre-fills a mention of the commenter). */
  prefill: string;
  /** The language of the multi-line phrasing inserted there. */
  multilineLang: 'fr' | 'en';
}

const COMPLAINT_BOXES: ComplaintBox[] = [
  { name: 'Facebook (Lexical)', page: 'facebook', box: 'fb-reply-c101', focus: (page) => focusBoxEnd(page, 'fb-reply-c101'), firstName: 'Alice', prefill: '', multilineLang: 'fr' },
  { name: 'X (Draft.js)', page: 'x', box: 'x-inline-reply', focus: (page) => focusBoxEnd(page, 'x-inline-reply'), firstName: 'Julie', prefill: '', multilineLang: 'fr' },
  {
    name: 'LinkedIn (TipTap/ProseMirror)',
    page: 'linkedin',
    box: 'li-reply-c9101',
    focus: async (page) => {
      await page.locator('[componentkey="replaceableComment_urn:li:comment:(activity:7301,9101)"]').getByRole('button', { name: 'Reply', exact: true }).click();
      await expect.poll(() => boxText(page, 'li-reply-c9101')).toBe('Alice Smith ');
      await page.keyboard.press('Control+End');
    },
    firstName: 'Alice',
    prefill: 'Alice Smith ',
    multilineLang: 'fr',
  },
  {
    name: 'LinkedIn legacy (Quill)',
    page: 'linkedin-legacy',
    box: 'li-legacy-reply-c9201',
    focus: async (page) => {
      await page.getByRole('button', { name: 'Reply to Emily Walker’s comment' }).click();
      await focusBoxEnd(page, 'li-legacy-reply-c9201');
    },
    firstName: 'Emily',
    prefill: '',
    multilineLang: 'en',
  },
];

const BRANDTRUC = JSON.parse(readFileSync('charters/brandtruc.json', 'utf8')) as { phrasings: { id: string; text: string }[] };
const MULTILINE_CHARTER = 'test/charters/multiline-sav.json';
const MULTILINE = JSON.parse(readFileSync(MULTILINE_CHARTER, 'utf8')) as { phrasings: { id: string; text: string }[] };
const phrasingText = (charter: typeof BRANDTRUC, id: string) => charter.phrasings.find((phrasing) => phrasing.id === id)!.text;
const FR_1_1 = phrasingText(BRANDTRUC, 'FR 1.1');
const BAD_DRAFT = 'On vous rembourse demain !!';
// Longer than every library's undo grouping delay (Quill merges edits within 1 s).
const UNDO_GROUP_GAP_MS = 1_100;

/** Presses Ctrl+Z until the library text equals `expected` (undo groups differ per library); fails after five presses. */
async function undoUntil(page: Page, box: string, expected: string): Promise<void> {
  for (let presses = 1; presses <= 5; presses++) {
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(80);
    if ((await boxText(page, box)) === expected) return;
  }
  throw new Error(`Ctrl+Z never restored ${JSON.stringify(expected)}; library text is ${JSON.stringify(await boxText(page, box))}`);
}

async function openComplaint(context: BrowserContext, target: ComplaintBox): Promise<Page> {
  const page = await openFixture(context, target.page);
  await target.focus(page);
  return page;
}

/** The demo charter in force, and `draft` typed into the reply box of the Facebook complaint. */
async function draftOnFacebookComplaint(context: BrowserContext, extensionId: string, draft: string): Promise<Page> {
  await loadDemoCharter(context, extensionId);
  const page = await openComplaint(context, COMPLAINT_BOXES[0]);
  if (draft) await page.keyboard.type(draft);
  return page;
}

/** The same, with the popup opened for that tab. */
async function popupOnFacebookComplaint(
  { context, extensionId, serviceWorker }: { context: BrowserContext; extensionId: string; serviceWorker: Worker },
  draft = BAD_DRAFT,
): Promise<{ page: Page; popup: Page }> {
  const page = await draftOnFacebookComplaint(context, extensionId, draft);
  const popup = await openPopupFor(context, extensionId, await tabIdOf(serviceWorker, page));
  return { page, popup };
}

/** Picks a phrasing in the popup's list, switching the language first when needed. */
async function choosePhrasing(popup: Page, id: string, lang: 'fr' | 'en'): Promise<void> {
  const toggle = popup.getByTestId(`phrasing-lang-${lang}`);
  if (!(await toggle.isChecked())) await toggle.check();
  await popup.locator(`[role="option"][data-phrasing="${id}"]`).click();
  await expect(popup.getByTestId('phrasing-detail')).toHaveAttribute('data-phrasing', id);
}

for (const target of COMPLAINT_BOXES) {
  test.describe(target.name, () => {
    test('shows the SAV path with its SLA and the findings, inserts FR 1.1 in place of the draft, survives typing and undo', async ({
      context,
      extensionId,
      serviceWorker,
    }) => {
      await loadDemoCharter(context, extensionId);
      const page = await openComplaint(context, target);
      await page.keyboard.type(BAD_DRAFT);
      const draft = target.prefill + BAD_DRAFT;
      await expect.poll(() => boxText(page, target.box)).toBe(draft);
      await page.waitForTimeout(UNDO_GROUP_GAP_MS);

      const popup = await openPopupFor(context, extensionId, await tabIdOf(serviceWorker, page));
      const sav = popup.locator('[data-testid="path-card"][data-path="sav"]');
      await expect(sav).toBeVisible();
      await expect(sav.getByTestId('path-sla')).toContainText('within 1 business hour');
      await expect(popup.getByTestId('box-visibility')).toHaveText('Public reply');
      await expect(popup.locator('[data-testid="findings"] [data-severity="error"] [data-testid="finding"]').first()).toBeVisible();

      await choosePhrasing(popup, 'FR 1.1', 'fr');
      await popup.getByTestId('insert-replace').click();
      await expect(popup.getByTestId('action-status')).toHaveAttribute('data-status', 'inserted');
      await expect.poll(() => boxText(page, target.box)).toBe(FR_1_1);
      // The re-check shows at once: the approved phrasing crosses no line.
      await expect(popup.getByTestId('recheck')).toContainText('Nothing in this reply crosses');
      await expect(popup.getByTestId('findings-clean')).toBeVisible();

      // A CM goes back to the page after a while; typing at once would join the insert's undo group in ProseMirror and Quill.
      await page.waitForTimeout(UNDO_GROUP_GAP_MS);
      await page.bringToFront();
      await page.keyboard.type(' Merci.');
      await expect.poll(() => boxText(page, target.box)).toBe(`${FR_1_1} Merci.`);
      await page.waitForTimeout(UNDO_GROUP_GAP_MS);
      await undoUntil(page, target.box, FR_1_1);
      await undoUntil(page, target.box, draft);

      // Back in the popup, the polling re-check sees the draft's findings again.
      await popup.bringToFront();
      await expect(popup.locator('[data-testid="findings"] [data-testid="finding"]').first()).toBeVisible({ timeout: 5_000 });
    });

    test('inserts a multi-line phrasing with the first name from the thread at the caret, keeping its line breaks', async ({
      context,
      extensionId,
      serviceWorker,
    }) => {
      const options = await importCharterFile(context, extensionId, MULTILINE_CHARTER);
      await expect(options.getByTestId('import-result')).toHaveAttribute('data-result', 'applied');
      await options.close();
      const page = await openComplaint(context, target);
      await page.keyboard.type('Merci. ');
      const before = `${target.prefill}Merci. `;
      await expect.poll(() => boxText(page, target.box)).toBe(before);
      await page.waitForTimeout(UNDO_GROUP_GAP_MS);

      const popup = await openPopupFor(context, extensionId, await tabIdOf(serviceWorker, page));
      const id = target.multilineLang === 'fr' ? 'FR 1.1 · lignes' : 'EN 1.1 · lines';
      await choosePhrasing(popup, id, target.multilineLang);
      const variable = target.multilineLang === 'fr' ? 'prénom' : 'first_name';
      await expect(popup.locator(`input[data-variable="${variable}"]`)).toHaveValue(target.firstName);
      const expected = phrasingText(MULTILINE, id).replace(`{${variable}}`, target.firstName);
      expect(expected.split('\n')).toHaveLength(3);

      await popup.getByTestId('insert-caret').click();
      await expect(popup.getByTestId('action-status')).toHaveAttribute('data-status', 'inserted');
      await expect.poll(() => boxText(page, target.box)).toBe(before + expected);

      await page.waitForTimeout(UNDO_GROUP_GAP_MS);
      await page.bringToFront();
      await page.keyboard.type(' Bonne journée.');
      await expect.poll(() => boxText(page, target.box)).toBe(`${before}${expected} Bonne journée.`);
      await page.waitForTimeout(UNDO_GROUP_GAP_MS);
      await undoUntil(page, target.box, before + expected);
      await undoUntil(page, target.box, before);
    });
  });
}

test('keyboard only: arrows choose, Enter inserts with the name filled, a missing variable takes focus, Shift+Enter inserts at the caret', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const { page, popup } = await popupOnFacebookComplaint({ context, extensionId, serviceWorker });
  const list = popup.getByRole('listbox', { name: 'Approved phrasings' });
  await expect(list).toBeFocused();
  const activeId = () => list.evaluate((element) => element.querySelector(`#${element.getAttribute('aria-activedescendant')}`)?.getAttribute('data-phrasing'));
  expect(await activeId()).toBe('FR 1.1');

  // FR 1.1, 1.2, 1.3, then the personalised FR 1.1 · prénom.
  for (let step = 0; step < 3; step++) await popup.keyboard.press('ArrowDown');
  expect(await activeId()).toBe('FR 1.1 · prénom');
  await expect(list.locator('[aria-selected="true"]')).toHaveCount(1);
  await popup.keyboard.press('Enter');
  const personalised = phrasingText(BRANDTRUC, 'FR 1.1 · prénom').replace('{prénom}', 'Alice');
  await expect.poll(() => boxText(page, 'fb-reply-c101')).toBe(personalised);

  await list.focus();
  await popup.keyboard.press('ArrowDown');
  expect(await activeId()).toBe('FR 1.3 · ticket');
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('action-status')).toHaveAttribute('data-status', 'missing');
  const ticket = popup.locator('input[data-variable="référence ticket"]');
  await expect(ticket).toBeFocused();
  await popup.keyboard.type('T-4521');
  await popup.keyboard.press('Shift+Enter');
  await expect(popup.getByTestId('action-status')).toHaveAttribute('data-status', 'inserted');
  const withTicket = phrasingText(BRANDTRUC, 'FR 1.3 · ticket').replace('{prénom}', 'Alice').replace('{référence ticket}', 'T-4521');
  await expect.poll(() => boxText(page, 'fb-reply-c101')).toBe(personalised + withTicket);

  // Escape goes back from a field to the list.
  await ticket.focus();
  await popup.keyboard.press('Escape');
  await expect(list).toBeFocused();
});

test('a finding is dismissed with a reason from the keyboard, and only ids and the reason leave the popup', async ({ context, extensionId, serviceWorker }) => {
  const page = await draftOnFacebookComplaint(context, extensionId, BAD_DRAFT);
  const tabId = await tabIdOf(serviceWorker, page);
  const popup = await context.newPage();
  // Records what the popup sends to the tab, before the popup's own code runs.
  await popup.addInitScript(() => {
    const api = (globalThis as unknown as { chrome: { tabs: { sendMessage: (...args: unknown[]) => unknown } } }).chrome.tabs;
    const send = api.sendMessage.bind(api);
    (window as unknown as { __sent: unknown[] }).__sent = [];
    api.sendMessage = (...args: unknown[]) => {
      (window as unknown as { __sent: unknown[] }).__sent.push(args[1]);
      return send(...args);
    };
  });
  await popup.setViewportSize({ width: 380, height: 900 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  const findings = popup.locator('[data-testid="findings"] [data-testid="finding"]');
  await expect(findings.first()).toBeVisible();
  const before = await findings.count();
  const firstRule = await findings.first().getAttribute('data-rule');

  const dismiss = findings.first().getByTestId('dismiss-button');
  await dismiss.focus();
  await popup.keyboard.press('Enter');
  const menu = popup.getByRole('menu');
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await popup.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(dismiss).toBeFocused();

  await popup.keyboard.press('Enter');
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await popup.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'The context makes it fine' })).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(findings).toHaveCount(before - 1);

  const sent = (await popup.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent)) as Record<string, unknown>[];
  const dismissals = sent.filter((message) => message.type === 'gardefou:dismiss-finding');
  expect(dismissals).toHaveLength(1);
  expect(Object.keys(dismissals[0]).sort()).toEqual(['boxId', 'reason', 'ruleId', 'start', 'type']);
  expect(dismissals[0]).toMatchObject({ ruleId: firstRule, reason: 'context_ok' });
  expect(JSON.stringify(sent)).not.toContain('rembourse');
});

test('when the reply box is gone the insert fails and the popup offers the clipboard, which then holds the phrasing', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const { page, popup } = await popupOnFacebookComplaint({ context, extensionId, serviceWorker }, '');
  await expect(popup.locator('[data-testid="path-card"][data-path="sav"]')).toBeVisible();
  await page.evaluate(() => window.__fixture.removeBox('fb-reply-c101'));
  await popup.locator('[role="option"][data-phrasing="FR 1.1"]').click();
  await popup.getByTestId('insert-replace').click();
  await expect(popup.getByTestId('action-status')).toHaveAttribute('data-status', 'insert-failed');
  const fallback = popup.getByTestId('copy-fallback');
  await expect(fallback).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('action-status')).toHaveAttribute('data-status', 'copied');
  // Pastes with the real keyboard into a scratch field: the clipboard holds exactly the phrasing.
  await popup.evaluate(() => {
    const field = document.createElement('textarea');
    field.id = 'paste-probe';
    document.body.append(field);
    field.focus();
  });
  await popup.keyboard.press('Control+v');
  await expect(popup.locator('#paste-probe')).toHaveValue(FR_1_1);
});

test('without a reply box the popup says so and shows the charter; a tab without Gardefou gets a clear message', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  await loadDemoCharter(context, extensionId);
  const page = await openFixture(context, 'linkedin');
  const noBox = await openPopupFor(context, extensionId, await tabIdOf(serviceWorker, page));
  await expect(noBox.getByTestId('no-box-notice')).toContainText('You are not in a reply box');
  await expect(noBox.getByTestId('charter-name')).toHaveText('Brandtruc');
  await expect(noBox.getByTestId('charter-facts')).toContainText('Demo charter');
  // One name for the source, and the charter's own date (updatedAt), not the time it was loaded.
  await expect(noBox.getByTestId('charter-updated')).toHaveText('20 November 2026');
  await expect(noBox.getByTestId('charter-origin-line')).toHaveText(/^Brandtruc · version .+ of 20 November 2026 · Demo charter$/);
  await expect(noBox.locator('header')).not.toContainText('Brandtruc');
  await expect(noBox.getByTestId('insert-replace')).toHaveCount(0);
  await expect(noBox.getByTestId('copy-phrasing')).toBeVisible();

  const options = await openOptionsPage(context, extensionId);
  const unsupported = await openPopupFor(context, extensionId, await tabIdOf(serviceWorker, options));
  await expect(unsupported.getByTestId('unsupported-notice')).toContainText('Gardefou does not run on this page');
  await expect(unsupported.getByTestId('charter-version')).not.toBeEmpty();
});

/** Asserts that the element lies wholly inside the popup's first screen (no scrolling). */
async function expectOnFirstScreen(popup: Page, testId: string): Promise<void> {
  const box = await popup.getByTestId(testId).first().boundingBox();
  const viewport = popup.viewportSize()!;
  expect(box, testId).not.toBeNull();
  expect(box!.y, `${testId} top`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `${testId} bottom`).toBeLessThanOrEqual(viewport.height);
}

test('screenshot: at 380 × 600 the popup’s first screen shows the path and the phrasing to insert, details folded below (English)', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const { popup } = await popupOnFacebookComplaint({ context, extensionId, serviceWorker });
  await popup.setViewportSize({ width: 380, height: 600 });
  await expect(popup.locator('[data-testid="path-card"][data-path="sav"]')).toBeVisible();
  await expect(popup.locator('[data-testid="findings"] [data-testid="finding"]').first()).toBeAttached();
  for (const testId of ['path-card', 'path-sla', 'phrasing-detail', 'insert-replace']) await expectOnFirstScreen(popup, testId);
  // The path's other facts are folded; the charter is named once, in the footer, with its own date.
  await expect(popup.getByTestId('path-details')).not.toHaveAttribute('open');
  await expect(popup.locator('header')).not.toContainText('Brandtruc');
  await expect(popup.getByText('Brandtruc', { exact: false })).toHaveCount(1);
  await expect(popup.getByTestId('finding-counts')).toHaveText('2 errors, 1 note');
  await popup.screenshot({ path: 'test-results/screenshots/popup-en-380x600.png' });
  await popup.locator('[role="option"][data-phrasing="FR 1.1 · prénom"]').click();
  await expect(popup.locator('input[data-variable="prénom"]')).toHaveValue('Alice');
  await popup.getByTestId('path-details').locator('summary').click();
  await popup.screenshot({ path: 'test-results/screenshots/popup-en.png', fullPage: true });
});

test('a CM quiets a quietable rule: its findings leave the page and the popup, the popup lists it with one-click restore, and the statistics count both by id', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const { page, popup } = await popupOnFacebookComplaint({ context, extensionId, serviceWorker });
  const exclamation = popup.locator('[data-testid="finding"][data-rule="brandtruc.tone.exclamation"]');
  await expect(exclamation).toBeVisible();
  // The refund promise is an error-level perimeter rule: never quietable.
  await expect(popup.locator('[data-testid="finding"][data-rule="fr.perimeter.refund-or-gesture"] [data-testid="quiet-rule"]')).toHaveCount(0);

  await exclamation.getByTestId('quiet-rule').click();
  const listed = popup.locator('[data-testid="quieted-rules"] [data-testid="quieted-rule"][data-rule="brandtruc.tone.exclamation"]');
  await expect(listed).toBeVisible();
  await expect(popup.getByTestId('quiet-done')).toContainText('At most one exclamation mark');
  await expect(exclamation).toHaveCount(0, { timeout: 10_000 });
  await expect.poll(async () => (await activeBoxOf(serviceWorker, page))?.findings.map((finding) => finding.ruleId)).not.toContain('brandtruc.tone.exclamation');
  expect((await activeBoxOf(serviceWorker, page))?.findings.map((finding) => finding.ruleId)).toContain('fr.perimeter.refund-or-gesture');
  await popup.screenshot({ path: 'test-results/screenshots/popup-quieted-en.png', fullPage: true });

  await listed.getByTestId('restore-rule').click();
  await expect(popup.getByTestId('quieted-rules')).toHaveCount(0);
  await expect(exclamation).toBeVisible({ timeout: 10_000 });

  await expect.poll(async () => {
    const dump = await dumpStatsDatabase(serviceWorker);
    const rows = (JSON.parse(dump || '{}').ruleCounts ?? []) as { ruleId: string; quieted: number; restored: number }[];
    // Earlier tests of this worker showed the rule too (other rows, nothing quieted): add the counts up.
    return rows
      .filter((row) => row.ruleId === 'brandtruc.tone.exclamation')
      .reduce((total, row) => ({ quieted: total.quieted + row.quieted, restored: total.restored + row.restored }), { quieted: 0, restored: 0 });
  }).toEqual({ quieted: 1, restored: 1 });
  expect(await dumpStatsDatabase(serviceWorker)).not.toContain('rembourse');
});
