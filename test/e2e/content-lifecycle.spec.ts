// The content script over a page's life: boxes that come and go, the popup's messages (active box, insert, dismiss),
// and the charter and mode changing under open boxes.
import { readFileSync } from 'node:fs';
import type { DismissResponse, InsertResponse } from '../../lib/shared/messaging/protocol';
import { boxText, expect, openFixture, test, typeInto } from './harness';
import {
  activeBoxOf,
  allHighlightTexts,
  badgeOf,
  highlightTexts,
  loadDemoCharter,
  overlayHostCount,
  sendToActiveTab,
  sendToBackground,
  setModeOverride,
  useDemoCharter,
  visibleBadges,
} from './overlay-probe';

const BREAKING_DRAFT = 'On vous rembourse demain !!!';

test.beforeAll(useDemoCharter);


test('a reply box added after load is picked up', async ({ context, serviceWorker }) => {
  const page = await openFixture(context, 'facebook');
  const [added] = await page.evaluate(() => window.__fixture.addReplyBoxes(1));
  await typeInto(page, added, BREAKING_DRAFT);
  await expect.poll(() => allHighlightTexts(page)).toContain('!!!');
  const state = await activeBoxOf(serviceWorker, page);
  expect(await visibleBadges(page)).toEqual([expect.objectContaining({ box: state?.boxId, severity: 'error' })]);
});

test('removing a box removes its badge, its highlights and its overlay host', async ({ context, serviceWorker }) => {
  const page = await openFixture(context, 'facebook');
  await typeInto(page, 'fb-reply-c101', BREAKING_DRAFT);
  const state = await activeBoxOf(serviceWorker, page);
  if (!state) throw new Error('no active box');
  expect(await overlayHostCount(page, state.boxId)).toBe(1);
  expect(await allHighlightTexts(page)).toContain('!!!');

  await page.evaluate(() => window.__fixture.removeBox('fb-reply-c101'));
  await expect.poll(() => overlayHostCount(page, state.boxId)).toBe(0);
  expect(await allHighlightTexts(page)).toEqual([]);
  expect(await visibleBadges(page)).toEqual([]);
  // The popup no longer gets the removed box.
  expect((await activeBoxOf(serviceWorker, page))?.boxId).not.toBe(state.boxId);
});

test('many boxes come and go without leaving overlay hosts behind', async ({ context }) => {
  const page = await openFixture(context, 'x');
  const added = await page.evaluate(() => window.__fixture.addReplyBoxes(10));
  for (const box of added.slice(0, 3)) await typeInto(page, box, BREAKING_DRAFT);
  await expect.poll(async () => (await visibleBadges(page)).length).toBe(3);
  await page.evaluate((ids) => ids.forEach((id) => window.__fixture.removeBox(id)), added);
  await expect.poll(() => page.locator('gardefou-overlay').count()).toBe(0);
  expect(await allHighlightTexts(page)).toEqual([]);
});

test("the popup's insert goes through the editor, and the box is re-checked before the answer", async ({ context, serviceWorker }) => {
  const page = await openFixture(context, 'x');
  await typeInto(page, 'x-inline-reply', 'Bonjour Julie');
  const before = await activeBoxOf(serviceWorker, page);
  const response = (await sendToActiveTab(serviceWorker, page, {
    type: 'gardefou:insert',
    boxId: before?.boxId,
    text: BREAKING_DRAFT,
    mode: 'replace',
  })) as InsertResponse;
  expect(response).toEqual({ ok: true });
  // Asked right after the answer: the state already reflects the inserted text.
  const after = await activeBoxOf(serviceWorker, page);
  expect(after?.findings.map((finding) => finding.category)).toEqual(expect.arrayContaining(['out_of_perimeter', 'overmarketing']));
  expect(await boxText(page, 'x-inline-reply')).toBe(BREAKING_DRAFT);
  // The editor keeps working after the insert.
  await page.keyboard.type(' Merci');
  await expect.poll(() => boxText(page, 'x-inline-reply')).toBe(`${BREAKING_DRAFT} Merci`);
});

test('an insert without any box answers no-box', async ({ context, serviceWorker }) => {
  const page = await openFixture(context, 'facebook');
  await page.evaluate(() => window.__fixture.boxes().forEach((box) => window.__fixture.removeBox(box.id)));
  await expect.poll(() => page.locator('gardefou-overlay').count()).toBe(0);
  expect(await activeBoxOf(serviceWorker, page)).toBeNull();
  const response = (await sendToActiveTab(serviceWorker, page, { type: 'gardefou:insert', text: 'Bonjour', mode: 'caret' })) as InsertResponse;
  expect(response).toEqual({ ok: false, reason: 'no-box' });
});

test('a dismissed finding stays hidden for this reply, and comes back for the next one', async ({ context, serviceWorker }) => {
  const page = await openFixture(context, 'linkedin');
  await typeInto(page, 'li-comment-post1', BREAKING_DRAFT);
  const state = await activeBoxOf(serviceWorker, page);
  if (!state) throw new Error('no active box');
  const exclamation = state.findings.find((finding) => BREAKING_DRAFT.slice(finding.start, finding.end) === '!!!');
  if (!exclamation) throw new Error('no finding over "!!!"');

  const response = (await sendToActiveTab(serviceWorker, page, {
    type: 'gardefou:dismiss-finding',
    boxId: state.boxId,
    ruleId: exclamation.ruleId,
    start: exclamation.start,
    reason: 'context_ok',
  })) as DismissResponse;
  expect(response).toEqual({ ok: true });
  expect((await highlightTexts(page)).warning).not.toContain('!!!');
  const afterDismiss = await activeBoxOf(serviceWorker, page);
  expect(afterDismiss?.findings).toHaveLength(state.findings.length - 1);
  expect(await visibleBadges(page)).toEqual([expect.objectContaining({ count: String(state.findings.length - 1) })]);

  // Typing before the span shifts its offsets: still dismissed.
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Bonjour. ');
  await expect.poll(async () => (await activeBoxOf(serviceWorker, page))?.draftIsEmpty).toBe(false);
  expect((await highlightTexts(page)).warning).not.toContain('!!!');

  // An unknown finding is refused.
  const unknown = (await sendToActiveTab(serviceWorker, page, {
    type: 'gardefou:dismiss-finding',
    boxId: state.boxId,
    ruleId: 'no.such.rule',
    start: 0,
    reason: 'false_positive',
  })) as DismissResponse;
  expect(unknown).toEqual({ ok: false });

  // Emptying the box starts a new reply.
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await expect.poll(() => boxText(page, 'li-comment-post1')).toBe('');
  await page.keyboard.type(BREAKING_DRAFT);
  await expect.poll(async () => (await highlightTexts(page)).warning).toContain('!!!');
});

test('the mode override is followed at once: the badge says crisis', async ({ context, serviceWorker }) => {
  const page = await openFixture(context, 'facebook');
  await typeInto(page, 'fb-reply-c101', BREAKING_DRAFT);
  const state = await activeBoxOf(serviceWorker, page);
  if (!state) throw new Error('no active box');
  try {
    await setModeOverride(serviceWorker, 'crisis');
    await expect(badgeOf(page, state.boxId)).toHaveAttribute('data-mode', 'crisis');
    await expect(badgeOf(page, state.boxId)).toContainText('crisis');
    expect((await activeBoxOf(serviceWorker, page))?.paths.map((path) => path.category)).toContain('crisis');
    await page.screenshot({ path: 'test-results/screenshots/facebook-crisis-mode.png' });
  } finally {
    await setModeOverride(serviceWorker, null);
  }
  await expect(badgeOf(page, state.boxId)).toHaveAttribute('data-mode', 'normal');
});

test('a new charter re-checks open boxes; a broken one leaves the charter in force', async ({ context, extContext, extensionId, serviceWorker }) => {
  const page = await openFixture(context, 'x');
  await typeInto(page, 'x-inline-reply', BREAKING_DRAFT);
  expect((await highlightTexts(page)).warning).toContain('!!!');

  const charter = JSON.parse(readFileSync('charters/brandtruc.json', 'utf8')) as { version: string; rules: { id: string }[] };
  const withoutExclamation = { ...charter, version: `${charter.version}-no-exclamation`, rules: charter.rules.filter((rule) => rule.id !== 'brandtruc.tone.exclamation') };
  try {
    const imported = await sendToBackground(extContext, extensionId, {
      type: 'gardefou:import-charter',
      text: JSON.stringify(withoutExclamation),
      fileName: 'brandtruc-no-exclamation.json',
    });
    expect(imported).toMatchObject({ ok: true, meta: { source: 'file', origin: 'brandtruc-no-exclamation.json' } });
    // No typing: the open box is re-checked against the new charter.
    await expect.poll(async () => (await activeBoxOf(serviceWorker, page))?.findings.map((finding) => finding.ruleId)).not.toContain(
      'brandtruc.tone.exclamation',
    );

    const broken = await sendToBackground(extContext, extensionId, { type: 'gardefou:import-charter', text: '{"schemaVersion": 1,', fileName: 'broken.json' });
    expect(broken.ok).toBe(false);
    expect(broken.errors?.[0]).toMatch(/not valid JSON/);
    expect((await activeBoxOf(serviceWorker, page))?.findings.map((finding) => finding.category)).toContain('out_of_perimeter');
  } finally {
    await loadDemoCharter(extContext, extensionId);
  }
});
