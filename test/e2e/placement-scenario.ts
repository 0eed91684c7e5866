// Where the badge and the card sit, on every fixture box, in an English and a French browser: the badge never covers a
// glyph of the draft (also after the box grows), the pinned card stays inside the viewport and scrolls when it is taller
// than the room it has, its paths section is reachable with Tab, and a clean draft shows a legible check mark.
// Screenshots go to test-results/screenshots/placement/ (one per step: badge, card, short window, clean). The English run is
// overlay-placement.spec.ts, the French one overlay-placement.fr.spec.ts (a browser language needs a worker of its own).
import type { Page } from '@playwright/test';
import { boxEditable, expect, focusBoxEnd, injectEditorsUnderTest, openFixture, test, typeInto, type FixtureName, type FixtureOptions } from './harness';
import { activeBoxOf, badgeOf, cardOf, nextFrame, useDemoCharter } from './overlay-probe';

interface PlacementCase {
  page: FixtureName;
  box: string;
  options?: FixtureOptions;
  /** Opens a box the page shows only on demand. */
  open?: (page: Page) => Promise<void>;
  /** The box answers an after-sales complaint: its card lists the SAV path (the Messenger threads end on a contact detail). */
  answersComplaint: boolean;
}

const CASES: PlacementCase[] = [
  { page: 'facebook', box: 'fb-reply-c101', answersComplaint: true },
  { page: 'facebook', box: 'fb-messenger-popup', answersComplaint: false },
  { page: 'facebook-post', box: 'fb-dialog-comment', answersComplaint: false },
  { page: 'facebook-messenger', box: 'fb-messenger-thread', answersComplaint: false },
  { page: 'x', box: 'x-inline-reply', answersComplaint: true },
  { page: 'x-home', box: 'x-home-composer', answersComplaint: false },
  { page: 'x-dm', box: 'x-dm', answersComplaint: true },
  { page: 'linkedin', box: 'li-comment-post1', answersComplaint: false },
  { page: 'linkedin', box: 'li-share', options: { query: { share: '1' } }, answersComplaint: false },
  { page: 'linkedin-legacy', box: 'li-legacy-comment-post1', answersComplaint: false },
  { page: 'linkedin-messaging', box: 'li-msg-thread', answersComplaint: true },
  { page: 'facebook-business-messenger', box: 'mbs-messenger-reply', answersComplaint: false },
  { page: 'facebook-business-comments', box: 'mbs-comment-reply', answersComplaint: true },
  { page: 'facebook-messenger-com', box: 'messenger-com-thread', answersComplaint: false },
  { page: 'x-twitter', box: 'x-inline-reply', answersComplaint: true },
  { page: 'x-pro', box: 'xpro-column-reply', answersComplaint: true },
  { page: 'linkedin-admin', box: 'li-comment-post1', answersComplaint: false },
];

/** Typed in two parts: the badge is checked on the first line, then again once the box has grown over several lines. */
const DRAFT_START = 'Bonjour, on vous rembourse demain c’est promis !!! Chez Brandtruc, le client est au cœur de nos priorités';
const DRAFT_END =
  ', notre service est vraiment le meilleur du monde. Écrivez-moi à julie.durand@example.com ou au 06 12 34 56 78 et je vous offre un bon de réduction de 20 % sur votre prochaine commande 😀😀😀';
const CLEAN_DRAFT = 'Merci pour votre message, belle journée à vous.';
const VIEWPORT = { width: 1280, height: 900 };
const SHORT_VIEWPORT = { width: 1280, height: 560 };
const SHOTS = 'test-results/screenshots/placement';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}


/** The client rects of every line of the draft's text, measured in the page independently of Gardefou. */
async function draftTextRects(page: Page, fixtureBox: string): Promise<Box[]> {
  const isTextarea = await page.locator(`[data-fixture-box="${fixtureBox}"] textarea`).count();
  if (isTextarea) {
    // A textarea has no text nodes: the editors bundle measures a mirror that copies its computed style.
    await injectEditorsUnderTest(page);
    return page.evaluate((id) => {
      const adapter = window.__editorsUnderTest.forBox(id);
      const text = adapter.readText();
      return adapter.rectsFor(0, text.length).map((rect) => ({ x: rect.left, y: rect.top, width: rect.width, height: rect.height }));
    }, fixtureBox);
  }
  return page.evaluate((id) => {
    const find = (root: Document | ShadowRoot): Element | null =>
      root.querySelector(`[data-fixture-box="${id}"]`) ??
      Array.from(root.querySelectorAll('*')).reduce<Element | null>((found, element) => found ?? (element.shadowRoot ? find(element.shadowRoot) : null), null);
    const editable = find(document)?.querySelector('[contenteditable="true"]');
    if (!editable) throw new Error(`no contenteditable in box ${id}`);
    const rects: { x: number; y: number; width: number; height: number }[] = [];
    const walker = document.createTreeWalker(editable, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) if (rect.width > 0 && rect.height > 0) rects.push({ x: rect.left, y: rect.top, width: rect.width, height: rect.height });
    }
    return rects;
  }, fixtureBox);
}

const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (rect: Box, viewport: { width: number; height: number }) =>
  rect.x >= 0 && rect.y >= 0 && rect.x + rect.width <= viewport.width + 0.5 && rect.y + rect.height <= viewport.height + 0.5;

/** The text lines the badge covers (none expected), once the overlay has painted the last change. */
async function linesUnderBadge(page: Page, fixtureBox: string, boxId: string): Promise<string[]> {
  await nextFrame(page);
  await nextFrame(page);
  const badge = await badgeOf(page, boxId).boundingBox();
  if (!badge) return ['no badge'];
  const lines = await draftTextRects(page, fixtureBox);
  if (lines.length === 0) return ['no text measured'];
  return lines.filter((line) => intersects(badge, line)).map((line) => `line at ${Math.round(line.x)},${Math.round(line.y)} ${Math.round(line.width)}×${Math.round(line.height)}`);
}

async function expectBadgeClear(page: Page, fixtureBox: string, boxId: string, when: string): Promise<void> {
  await expect.poll(() => linesUnderBadge(page, fixtureBox, boxId), { message: `badge over the draft ${when}`, timeout: 3000 }).toEqual([]);
  const badge = await badgeOf(page, boxId).boundingBox();
  expect(inside(badge!, page.viewportSize()!), `badge inside the viewport ${when}`).toBe(true);
}

async function expectCardInViewport(page: Page, boxId: string, when: string): Promise<void> {
  await nextFrame(page);
  await nextFrame(page);
  const card = await cardOf(page, boxId).boundingBox();
  expect(card, `card shown ${when}`).not.toBeNull();
  expect(inside(card!, page.viewportSize()!), `card ${JSON.stringify(card)} inside ${JSON.stringify(page.viewportSize())} ${when}`).toBe(true);
}

/** Tabs from the badge through the pinned card until its paths section holds the focus; returns how many presses it took. */
async function tabToPaths(page: Page, boxId: string): Promise<number> {
  const paths = cardOf(page, boxId).locator('.paths');
  for (let presses = 1; presses <= 30; presses++) {
    await page.keyboard.press('Tab');
    if (await paths.evaluate((section) => (section.getRootNode() as Document | ShadowRoot).activeElement === section)) return presses;
  }
  return -1;
}

function shotName(placement: PlacementCase, lang: string, step: string): string {
  return `${SHOTS}/${placement.page}-${placement.box}-${lang}-${step}.png`;
}

/** Declares the placement tests for a browser and pages in `lang`; the calling spec file sets the browser language. */
export function definePlacementTests(lang: 'en' | 'fr'): void {
  test.beforeAll(useDemoCharter);
  test.describe(`${lang === 'fr' ? 'French' : 'English'} browser`, () => {

    for (const placement of CASES) {
      test(`${placement.page} ${placement.box}: badge off the text, card inside the viewport, paths by keyboard, clean check`, async ({ context, serviceWorker }) => {
        test.setTimeout(90_000);
        const page = await openFixture(context, placement.page, { lang, ...placement.options });
        await page.setViewportSize(VIEWPORT);
        await placement.open?.(page);

        await typeInto(page, placement.box, DRAFT_START);
        const state = await activeBoxOf(serviceWorker, page);
        if (!state) throw new Error('the content script reports no active box');
        const badge = badgeOf(page, state.boxId);
        await expect(badge).toHaveAttribute('data-count', /^[1-9]/);
        await expectBadgeClear(page, placement.box, state.boxId, 'on the first line');

        await page.keyboard.type(DRAFT_END);
        await expect(badge).toHaveAttribute('data-count', /^([4-9]|\d\d)/);
        await expectBadgeClear(page, placement.box, state.boxId, 'after the box grew');
        await page.screenshot({ path: shotName(placement, lang, 'badge') });

        // Pinned from the keyboard: the card opens, stays on screen, and Tab reaches its paths.
        await badge.focus();
        await page.keyboard.press('Enter');
        const card = cardOf(page, state.boxId);
        await expect(card).toHaveAttribute('data-pinned', 'true');
        await expectCardInViewport(page, state.boxId, 'in a 900-px window');
        if (placement.answersComplaint) {
          await expect(card.locator('.path[data-category="sav"]')).toHaveCount(1);
          expect(await tabToPaths(page, state.boxId), 'Tab presses from the badge to the paths section').toBeGreaterThan(0);
          // Focus scrolled the section into the card's visible part.
          const [cardBox, pathsBox] = [await card.boundingBox(), await card.locator('.paths').boundingBox()];
          expect(intersects(cardBox!, pathsBox!), 'the focused paths section is in view').toBe(true);
        }
        await page.screenshot({ path: shotName(placement, lang, 'card') });

        // A short window: the card keeps inside it and scrolls.
        await page.setViewportSize(SHORT_VIEWPORT);
        await boxEditable(page, placement.box).scrollIntoViewIfNeeded();
        await expect(card).toHaveAttribute('data-pinned', 'true');
        await expectCardInViewport(page, state.boxId, 'in a 560-px window');
        const scrolled = await card.evaluate((element) => {
          const overflowing = element.scrollHeight > element.clientHeight + 1;
          element.scrollTop = element.scrollHeight;
          return { overflowing, moved: element.scrollTop > 0 };
        });
        expect(scrolled.overflowing, 'nine findings do not fit in 560 px').toBe(true);
        expect(scrolled.moved, 'the card scrolls').toBe(true);
        await page.screenshot({ path: shotName(placement, lang, 'short-window') });
        await page.setViewportSize(VIEWPORT);

        // Clean draft: the check mark is legible and still off the text.
        await page.keyboard.press('Escape');
        await focusBoxEnd(page, placement.box);
        await page.keyboard.press('Control+A');
        await page.keyboard.press('Backspace');
        await page.keyboard.type(CLEAN_DRAFT);
        await expect(badge).toHaveAttribute('data-count', '0');
        await expect(badge).toHaveAttribute('data-severity', 'none');
        await expectBadgeClear(page, placement.box, state.boxId, 'with a clean draft');
        const mark = await badge.locator('.badge-dot').evaluate((dot) => {
          const style = getComputedStyle(dot);
          const rect = dot.getBoundingClientRect();
          return { text: dot.textContent, fontSize: parseFloat(style.fontSize), width: rect.width, height: rect.height, color: style.color, background: style.backgroundColor };
        });
        expect(mark.text).toBe('✓');
        expect(mark.fontSize, 'check mark size').toBeGreaterThanOrEqual(14);
        expect(Math.min(mark.width, mark.height), 'check mark disc').toBeGreaterThanOrEqual(18);
        expect(mark).toMatchObject({ color: 'rgb(255, 255, 255)', background: 'rgb(19, 115, 51)' });
        await page.screenshot({ path: shotName(placement, lang, 'clean') });
      });
    }
  });
}
