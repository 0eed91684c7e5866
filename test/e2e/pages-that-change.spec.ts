// Pages that change under a box with findings: the box removed, its editable replaced, made read-only or disabled, the
// comment it answers replaced, and the editor re-rendering the same text into new nodes. Gardefou must follow without errors
// and never keep painting what the page took away.
import type { Page } from '@playwright/test';
import { boxEditable, boxText, collectErrors, expect, openFixture, test, typeInto, type FixtureName, type FixtureOptions } from './harness';
import { openPopupFor, tabIdOf } from './extension-pages';
import {
  activeBoxOf,
  allHighlightTexts,
  badgeOf,
  cardOf,
  highlightTexts,
  overlayHostCount,
  spanMarkCount,
  useDemoCharter,
  visibleBadges,
} from './overlay-probe';

const BREAKING_DRAFT = 'On vous rembourse demain !!!';

test.beforeAll(useDemoCharter);



/** Whether every range of Gardefou's highlights lies in live nodes inside the box's editable (none left on detached nodes). */
function highlightsLiveIn(page: Page, fixtureBoxId: string): Promise<{ total: number; stale: number }> {
  return page.evaluate((id) => {
    const wrapper = document.querySelector(`[data-fixture-box="${id}"]`);
    const editable = wrapper?.querySelector('[contenteditable="true"]');
    let total = 0;
    let stale = 0;
    for (const name of ['gardefou-error', 'gardefou-warning', 'gardefou-info']) {
      for (const range of (CSS.highlights.get(name) as unknown as Set<Range> | undefined) ?? []) {
        total += 1;
        const live = range.startContainer.isConnected && range.endContainer.isConnected && editable?.contains(range.startContainer);
        if (!live) stale += 1;
      }
    }
    return { total, stale };
  }, fixtureBoxId);
}

interface ChangingBox {
  name: string;
  page: FixtureName;
  options?: FixtureOptions;
  box: string;
  /** The element the page removes: the box's whole comment/composer, not only the editor. */
  container: string;
}

const REMOVED: ChangingBox[] = [
  { name: 'Facebook Lexical', page: 'facebook', box: 'fb-comment-post1', container: '[data-fixture-box="fb-comment-post1"]' },
  { name: 'X DM textarea', page: 'x-dm', box: 'x-dm', container: '[data-fixture-box="x-dm"]' },
  { name: 'LinkedIn Quill in a shadow root', page: 'linkedin', options: { query: { share: '1' } }, box: 'li-share', container: '[data-fixture-box="li-share"]' },
];

for (const removed of REMOVED) {
  test(`the page removes a box with findings and its card open: ${removed.name}`, async ({ context, serviceWorker }) => {
    const page = await openFixture(context, removed.page, removed.options);
    const errors = collectErrors(page);
    await typeInto(page, removed.box, BREAKING_DRAFT);
    const state = await activeBoxOf(serviceWorker, page);
    if (!state) throw new Error('no active box');
    await expect(badgeOf(page, state.boxId)).toHaveAttribute('data-severity', 'error');
    await badgeOf(page, state.boxId).click();
    await expect(cardOf(page, state.boxId)).toBeVisible();

    // Straight from the DOM, without the editor library's own teardown (a site re-rendering its thread does this).
    await page.locator(removed.container).evaluate((element) => element.remove());
    await expect.poll(() => overlayHostCount(page, state.boxId)).toBe(0);
    expect(await allHighlightTexts(page)).toEqual([]);
    expect(await visibleBadges(page)).toEqual([]);
    expect((await activeBoxOf(serviceWorker, page))?.boxId).not.toBe(state.boxId);
    // Whatever timers or observers outlived the box (the textarea's value poll) must not throw either.
    await page.waitForTimeout(500);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => window.__fixture.errors)).toEqual([]);
  });
}

interface ReadOnlyCase {
  name: string;
  page: FixtureName;
  box: string;
  /** Makes the editable unreadable in place; `restore` undoes it. */
  how: 'contenteditable-false' | 'disabled';
  painter: 'highlights' | 'boxes';
}

const READ_ONLY: ReadOnlyCase[] = [
  { name: 'Facebook Lexical set to contenteditable=false', page: 'facebook', box: 'fb-comment-post1', how: 'contenteditable-false', painter: 'highlights' },
  { name: 'LinkedIn messaging set to contenteditable=false', page: 'linkedin-messaging', box: 'li-msg-thread', how: 'contenteditable-false', painter: 'highlights' },
  { name: 'X DM textarea disabled', page: 'x-dm', box: 'x-dm', how: 'disabled', painter: 'boxes' },
];

for (const readOnly of READ_ONLY) {
  test(`a box the page makes read-only says it cannot be read, then comes back: ${readOnly.name}`, async ({ context, serviceWorker }) => {
    const page = await openFixture(context, readOnly.page);
    const errors = collectErrors(page);
    await typeInto(page, readOnly.box, BREAKING_DRAFT);
    const state = await activeBoxOf(serviceWorker, page);
    if (!state) throw new Error('no active box');
    const badge = badgeOf(page, state.boxId);
    await expect(badge).toHaveAttribute('data-severity', 'error');
    if (readOnly.painter === 'boxes') expect(await spanMarkCount(page, state.boxId)).toBeGreaterThan(0);
    else expect(await allHighlightTexts(page)).toContain('!!!');

    const editable = boxEditable(page, readOnly.box);
    const handle = await editable.elementHandle();
    if (!handle) throw new Error('no editable');
    await handle.evaluate((element, how) => {
      if (how === 'disabled') (element as HTMLTextAreaElement).disabled = true;
      else element.setAttribute('contenteditable', 'false');
    }, readOnly.how);

    await expect(badge).toHaveAttribute('data-severity', 'unreadable');
    await expect(badge).toHaveAttribute('aria-label', 'cannot read this box');
    await expect(badge).toHaveAttribute('data-count', '');
    // No stale underlines, and the popup gets no findings for it.
    expect(await allHighlightTexts(page)).toEqual([]);
    expect(await spanMarkCount(page, state.boxId)).toBe(0);
    const unreadable = await activeBoxOf(serviceWorker, page);
    expect(unreadable).toMatchObject({ boxId: state.boxId, readable: false, findings: [] });

    // The page gives the box back: checked again, without typing.
    await handle.evaluate((element, how) => {
      if (how === 'disabled') (element as HTMLTextAreaElement).disabled = false;
      else element.setAttribute('contenteditable', 'true');
    }, readOnly.how);
    await expect(badge).toHaveAttribute('data-severity', 'error');
    expect((await activeBoxOf(serviceWorker, page))?.readable).toBe(true);
    expect(errors).toEqual([]);
  });
}

test('the page replaces the editable under a box with findings: no stale underlines, the new editable is checked', async ({ context, serviceWorker }) => {
  const page = await openFixture(context, 'linkedin-messaging');
  const errors = collectErrors(page);
  await typeInto(page, 'li-msg-thread', BREAKING_DRAFT);
  const before = await activeBoxOf(serviceWorker, page);
  if (!before) throw new Error('no active box');
  expect(await highlightsLiveIn(page, 'li-msg-thread')).toMatchObject({ stale: 0 });
  expect((await highlightsLiveIn(page, 'li-msg-thread')).total).toBeGreaterThan(0);

  // A framework re-mount: a fresh element with the same text takes the editable's place.
  await boxEditable(page, 'li-msg-thread').evaluate((element) => element.replaceWith(element.cloneNode(true)));
  await expect.poll(() => overlayHostCount(page, before.boxId)).toBe(0);
  await expect.poll(() => highlightsLiveIn(page, 'li-msg-thread')).toMatchObject({ stale: 0 });
  // The replacement holds the same draft: it gets its own session with the same findings, underlined in its own nodes.
  await boxEditable(page, 'li-msg-thread').click();
  await expect.poll(async () => (await activeBoxOf(serviceWorker, page))?.boxId).not.toBe(before.boxId);
  const after = await activeBoxOf(serviceWorker, page);
  expect(after?.findings.map((finding) => finding.ruleId).sort()).toEqual(before.findings.map((finding) => finding.ruleId).sort());
  await expect.poll(() => highlightsLiveIn(page, 'li-msg-thread')).toEqual({ total: expect.any(Number), stale: 0 });
  expect((await highlightTexts(page)).warning).toContain('!!!');
  expect(errors).toEqual([]);
});

test('the page replaces the comment being answered: the after-sales path goes with it', async ({ context, extensionId, serviceWorker }) => {
  const page = await openFixture(context, 'facebook');
  const errors = collectErrors(page);
  await typeInto(page, 'fb-reply-c101', 'Bonjour Alice, merci pour votre message.');
  const before = await activeBoxOf(serviceWorker, page);
  expect(before?.paths.map((path) => path.category)).toContain('sav');
  expect(before?.hasIncoming).toBe(true);

  // The site re-renders Alice's comment (edited by its author) with a neutral text.
  await page.evaluate(() => {
    const complaint = [...document.querySelectorAll('.fb-comment-text')].find((element) => element.textContent?.includes('BT-48213'));
    if (!complaint) throw new Error('no complaint in the page');
    const replacement = document.createElement('div');
    replacement.setAttribute('dir', 'auto');
    replacement.className = 'fb-comment-text';
    replacement.textContent = 'Superbe collection, bravo à toute l’équipe.';
    complaint.replaceWith(replacement);
  });
  await expect.poll(async () => (await activeBoxOf(serviceWorker, page))?.paths.map((path) => path.category)).not.toContain('sav');
  const popup = await openPopupFor(context, extensionId, await tabIdOf(serviceWorker, page));
  await expect(popup.getByTestId('box-context')).toBeVisible();
  await expect(popup.locator('[data-testid="path-card"][data-path="sav"]')).toHaveCount(0);
  // The draft itself is untouched.
  expect(await boxText(page, 'fb-reply-c101')).toBe('Bonjour Alice, merci pour votre message.');
  expect(errors).toEqual([]);
});

interface RerenderCase {
  name: string;
  page: FixtureName;
  options?: FixtureOptions;
  box: string;
}

const RERENDERED: RerenderCase[] = [
  { name: 'Facebook Lexical', page: 'facebook', box: 'fb-comment-post1' },
  { name: 'X Draft.js', page: 'x', box: 'x-inline-reply' },
  { name: 'LinkedIn TipTap', page: 'linkedin', box: 'li-comment-post1' },
  { name: 'LinkedIn legacy Quill', page: 'linkedin-legacy', box: 'li-legacy-comment-post1' },
  { name: 'LinkedIn messaging contenteditable', page: 'linkedin-messaging', box: 'li-msg-thread' },
];

for (const rerendered of RERENDERED) {
  test(`the editor re-renders the same text into new nodes, the underlines follow: ${rerendered.name}`, async ({ context, serviceWorker }) => {
    const page = await openFixture(context, rerendered.page, rerendered.options);
    const errors = collectErrors(page);
    await typeInto(page, rerendered.box, BREAKING_DRAFT);
    await expect.poll(async () => (await highlightTexts(page)).warning).toContain('!!!');
    const before = await highlightTexts(page);
    const state = await activeBoxOf(serviceWorker, page);

    // Tag the editor's current text nodes, then have the library rebuild its content with the same text.
    await page.evaluate(({ id, draft }) => {
      const editable = document.querySelector(`[data-fixture-box="${id}"] [contenteditable="true"]`)!;
      const walker = document.createTreeWalker(editable, NodeFilter.SHOW_TEXT);
      const old: Node[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) old.push(node);
      (window as unknown as { __oldTextNodes: Node[] }).__oldTextNodes = old;
      window.__fixture.setText(id, '');
      window.__fixture.setText(id, draft);
    }, { id: rerendered.box, draft: BREAKING_DRAFT });
    await expect.poll(() => boxText(page, rerendered.box)).toBe(BREAKING_DRAFT);
    // The text really is in new nodes now.
    expect(
      await page.evaluate((id) => {
        const editable = document.querySelector(`[data-fixture-box="${id}"] [contenteditable="true"]`)!;
        const old = (window as unknown as { __oldTextNodes: Node[] }).__oldTextNodes;
        return old.some((node) => editable.contains(node));
      }, rerendered.box),
    ).toBe(false);

    await expect.poll(() => highlightsLiveIn(page, rerendered.box)).toEqual({ total: expect.any(Number), stale: 0 });
    const after = await highlightTexts(page);
    expect(after).toEqual(before);
    expect((await highlightsLiveIn(page, rerendered.box)).total).toBeGreaterThan(0);
    expect((await activeBoxOf(serviceWorker, page))?.findings.length).toBe(state?.findings.length);
    expect(errors).toEqual([]);
  });
}
