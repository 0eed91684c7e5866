// Where CMs also reply (docs/surfaces.md): Meta Business Suite's inbox, messenger.com, twitter.com, X Pro and a LinkedIn Page's
// admin view. On each: the content script runs there, a breaking draft is underlined and counted, a clean draft stays clean,
// the popup inserts an approved phrasing in place of the draft and Ctrl+Z brings the draft back; and when the surface's own
// markup is not recognised, the generic adapter still takes the box and its send control.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { boxText, expect, openFixture, test, typeInto, type FixtureName } from './harness';
import { openPopupFor, tabIdOf } from './extension-pages';
import { activeBoxOf, allHighlightTexts, badgeOf, highlightTexts, useDemoCharter } from './overlay-probe';

interface Surface {
  name: string;
  page: FixtureName;
  box: string;
  /** Opens a box the page shows only on demand; returns the text it opens with. */
  open?: (page: Page) => Promise<string>;
  /** The popup's visibility line for this box. */
  visibility: 'Public reply' | 'Private message';
  /** Attributes that make the surface's adapter recognise the box: removed, the generic adapter must take over. */
  specific: { selector: string; attributes: string[] }[];
  /** Whether the box has a send control of its own (Messenger sends with Enter only). */
  hasSendControl: boolean;
  /** The message answered is an after-sales complaint (SAV path, phrasing FR 1.1); else a general phrasing (FR 7.2). */
  complaint: boolean;
}

const LEXICAL_SPECIFICS = [{ selector: '[data-lexical-editor]', attributes: ['data-lexical-editor', 'aria-label', 'aria-placeholder'] }];
const X_SPECIFICS = [
  { selector: '[data-testid^="tweetTextarea_"]', attributes: ['data-testid'] },
  { selector: '[data-testid="tweetButtonInline"]', attributes: ['data-testid'] },
];

const SURFACES: Surface[] = [
  {
    name: 'Meta Business Suite, Messenger conversation',
    page: 'facebook-business-messenger',
    box: 'mbs-messenger-reply',
    visibility: 'Private message',
    specific: [...LEXICAL_SPECIFICS, { selector: '[role="grid"]', attributes: ['role'] }],
    hasSendControl: true,
    complaint: false,
  },
  {
    name: 'Meta Business Suite, Facebook comment',
    page: 'facebook-business-comments',
    box: 'mbs-comment-reply',
    visibility: 'Public reply',
    specific: [...LEXICAL_SPECIFICS, { selector: '[role="article"]', attributes: ['role', 'aria-label'] }],
    hasSendControl: true,
    complaint: true,
  },
  { name: 'messenger.com', page: 'facebook-messenger-com', box: 'messenger-com-thread', visibility: 'Private message', specific: LEXICAL_SPECIFICS, hasSendControl: false, complaint: false },
  { name: 'twitter.com', page: 'x-twitter', box: 'x-inline-reply', visibility: 'Public reply', specific: X_SPECIFICS, hasSendControl: true, complaint: true },
  { name: 'X Pro column', page: 'x-pro', box: 'xpro-column-reply', visibility: 'Public reply', specific: X_SPECIFICS, hasSendControl: true, complaint: true },
  {
    name: 'LinkedIn Page admin',
    page: 'linkedin-admin',
    box: 'li-reply-c9101',
    open: async (page) => {
      await page.locator('[componentkey="replaceableComment_urn:li:comment:(activity:7301,9101)"]').getByRole('button', { name: 'Reply', exact: true }).click();
      await expect.poll(() => boxText(page, 'li-reply-c9101')).toBe('Alice Smith ');
      await page.keyboard.press('Control+End');
      return 'Alice Smith ';
    },
    visibility: 'Public reply',
    specific: [
      { selector: '[data-testid="ui-core-tiptap-text-editor-wrapper"]', attributes: ['data-testid'] },
      { selector: '[componentkey]', attributes: ['componentkey'] },
      { selector: '.ProseMirror[contenteditable="true"]', attributes: ['aria-label'] },
    ],
    hasSendControl: true,
    complaint: true,
  },
];

/** Promises a refund and a date, and stacks exclamation marks. */
const BREAKING_DRAFT = 'On vous rembourse demain !!!';
const CLEAN_DRAFT = 'Merci pour votre message, belle journée à vous.';
const BRANDTRUC = JSON.parse(readFileSync('charters/brandtruc.json', 'utf8')) as { phrasings: { id: string; text: string }[] };
const phrasingText = (id: string) => BRANDTRUC.phrasings.find((phrasing) => phrasing.id === id)!.text;
/** ProseMirror and Quill join keystrokes closer than this into one undo step with the insert. */
const UNDO_GROUP_GAP_MS = 1_100;

test.beforeAll(useDemoCharter);

async function openSurface(context: Parameters<typeof openFixture>[0], surface: Surface): Promise<{ page: Page; prefill: string }> {
  const page = await openFixture(context, surface.page);
  const prefill = (await surface.open?.(page)) ?? '';
  return { page, prefill };
}

async function undoUntil(page: Page, box: string, expected: string): Promise<void> {
  for (let presses = 1; presses <= 6; presses++) {
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(80);
    if ((await boxText(page, box)) === expected) return;
  }
  throw new Error(`Ctrl+Z never restored ${JSON.stringify(expected)}; library text is ${JSON.stringify(await boxText(page, box))}`);
}

let platformsBundle = '';
test.beforeAll(async () => {
  const result = await build({ entryPoints: ['test/fixtures/platforms-under-test.ts'], bundle: true, write: false, format: 'iife', target: 'chrome120', tsconfig: 'tsconfig.json', logLevel: 'warning' });
  platformsBundle = result.outputFiles[0].text;
});

for (const surface of SURFACES) {
  test.describe(surface.name, () => {
    test('a breaking draft is underlined and counted; a clean draft stays clean', async ({ context, serviceWorker }) => {
      const { page, prefill } = await openSurface(context, surface);
      if (!surface.open) await typeInto(page, surface.box, BREAKING_DRAFT);
      else await page.keyboard.type(BREAKING_DRAFT);
      await expect.poll(() => highlightTexts(page).then((texts) => texts.error.join(' | '))).toContain('rembourse');
      const state = await activeBoxOf(serviceWorker, page);
      if (!state) throw new Error('the content script reports no active box');
      expect(state.findings.map((finding) => finding.category)).toEqual(expect.arrayContaining(['out_of_perimeter', 'overmarketing']));
      await expect(badgeOf(page, state.boxId)).toHaveAttribute('data-severity', 'error');

      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      await page.keyboard.type(prefill + CLEAN_DRAFT);
      await expect(badgeOf(page, state.boxId)).toHaveAttribute('data-count', '0');
      expect(await allHighlightTexts(page)).toEqual([]);
    });

    test('the popup inserts the approved phrasing in place of the draft, and Ctrl+Z brings the draft back', async ({ context, extensionId, serviceWorker }) => {
      const { page, prefill } = await openSurface(context, surface);
      if (!surface.open) await typeInto(page, surface.box, BREAKING_DRAFT);
      else await page.keyboard.type(BREAKING_DRAFT);
      const draft = prefill + BREAKING_DRAFT;
      await expect.poll(() => boxText(page, surface.box)).toBe(draft);
      await page.waitForTimeout(UNDO_GROUP_GAP_MS);

      const popup = await openPopupFor(context, extensionId, await tabIdOf(serviceWorker, page));
      if (surface.complaint) await expect(popup.locator('[data-testid="path-card"][data-path="sav"]')).toBeVisible();
      await expect(popup.getByTestId('box-visibility')).toHaveText(surface.visibility);
      const french = popup.getByTestId('phrasing-lang-fr');
      if (!(await french.isChecked())) await french.check();
      const phrasingId = surface.complaint ? 'FR 1.1' : 'FR 7.2';
      const phrasing = phrasingText(phrasingId);
      await popup.locator(`[role="option"][data-phrasing="${phrasingId}"]`).click();
      await popup.getByTestId('insert-replace').click();
      await expect(popup.getByTestId('action-status')).toHaveAttribute('data-status', 'inserted');
      await expect.poll(() => boxText(page, surface.box)).toBe(phrasing);
      await popup.close();

      await page.waitForTimeout(UNDO_GROUP_GAP_MS);
      await page.bringToFront();
      await page.keyboard.type(' Merci.');
      await expect.poll(() => boxText(page, surface.box)).toBe(`${phrasing} Merci.`);
      await page.waitForTimeout(UNDO_GROUP_GAP_MS);
      await undoUntil(page, surface.box, phrasing);
      await undoUntil(page, surface.box, draft);
    });

    test('without the markup its adapter knows, the generic adapter still takes the box and its send control', async ({ context }) => {
      const { page } = await openSurface(context, surface);
      await page.evaluate((specific) => {
        for (const { selector, attributes } of specific) {
          for (const element of document.querySelectorAll(selector)) for (const attribute of attributes) element.removeAttribute(attribute);
        }
      }, surface.specific);
      await page.addScriptTag({ content: platformsBundle });
      // Some surfaces show their send control only once the box holds text.
      await page.evaluate((id) => window.__fixture.setText(id, 'Merci pour votre message'), surface.box);
      const report = (await page.evaluate(() => window.__platformsUnderTest.survey())).find((found) => found.fixtureBox === surface.box);
      expect(report, 'the box is still found').toBeDefined();
      expect(report!.source).toBe('fallback');
      expect(report!.sendButton).toBe(surface.hasSendControl ? surface.box : null);
    });
  });
}
