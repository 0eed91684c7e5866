// 500 reply boxes opened and closed on a fixture page, some typed in: everything Gardefou took for them (sessions, observers,
// listeners, timers) is given back, as the content script's own `gardefou:diagnostics` counts show.
import type { Page, Worker } from '@playwright/test';
import type { ContentDiagnostics } from '../../lib/shared/messaging/protocol';
import { expect, focusBoxEnd, openFixture, test, type FixtureName } from './harness';
import { allHighlightTexts, sendToActiveTab, useDemoCharter, visibleBadges } from './overlay-probe';

const TOTAL_BOXES = 500;
const BOXES_PER_ROUND = 10;
/** One box in each round is typed in (a draft with findings: underlines, badge, focus). */
const DRAFT = 'On vous rembourse demain !!!';
const COUNTED = ['sessions', 'mutationObservers', 'resizeObservers', 'resizeTargets', 'listeners', 'timers'] as const;

interface LeakPage {
  name: string;
  page: FixtureName;
  /** Opens `count` reply boxes and returns their fixture box ids. */
  add(page: Page, count: number): Promise<string[]>;
  remove(page: Page, ids: string[]): Promise<void>;
}

/** The fixture's own comment list: each new comment mounts a live editor, removeBox() unmounts it. */
const byFixture = {
  add: (page: Page, count: number) => page.evaluate((n) => window.__fixture.addReplyBoxes(n), count),
  remove: (page: Page, ids: string[]) => page.evaluate((list) => list.forEach((id) => window.__fixture.removeBox(id)), ids),
};

const LEAK_PAGES: LeakPage[] = [
  { name: 'Facebook Lexical', page: 'facebook', ...byFixture },
  { name: 'X Draft.js', page: 'x', ...byFixture },
  { name: 'LinkedIn TipTap', page: 'linkedin', ...byFixture },
  {
    // The DM page has one composer: more DM textareas (value poll timer, mirror, resize watch) are added beside it by hand.
    name: 'X DM textareas added to the DOM',
    page: 'x-dm',
    add: (page, count) =>
      page.evaluate((n) => {
        const anchor = document.querySelector('[data-fixture-box="x-dm"]');
        if (!anchor?.parentElement) throw new Error('no DM composer');
        const counter = window as unknown as { __leakBoxes?: number };
        return Array.from({ length: n }, () => {
          const id = `leak-dm-${(counter.__leakBoxes = (counter.__leakBoxes ?? 0) + 1)}`;
          const wrapper = document.createElement('div');
          wrapper.dataset.fixtureBox = id;
          const textarea = document.createElement('textarea');
          textarea.dataset.testid = 'dm-composer-textarea';
          wrapper.append(textarea);
          anchor.parentElement!.append(wrapper);
          return id;
        });
      }, count),
    remove: (page, ids) => page.evaluate((list) => list.forEach((id) => document.querySelector(`[data-fixture-box="${id}"]`)?.remove()), ids),
  },
];

test.beforeAll(useDemoCharter);

function diagnostics(serviceWorker: Worker, page: Page): Promise<ContentDiagnostics> {
  return sendToActiveTab(serviceWorker, page, { type: 'gardefou:diagnostics' }) as Promise<ContentDiagnostics>;
}

function counted(counts: ContentDiagnostics): Record<(typeof COUNTED)[number], number> {
  return Object.fromEntries(COUNTED.map((key) => [key, counts[key]])) as Record<(typeof COUNTED)[number], number>;
}

for (const leakPage of LEAK_PAGES) {
  test(`${TOTAL_BOXES} boxes opened and closed give everything back: ${leakPage.name}`, async ({ context, serviceWorker }) => {
    test.setTimeout(300_000);
    const page = await openFixture(context, leakPage.page);
    await expect.poll(async () => (await diagnostics(serviceWorker, page)).sessions).toBe(await page.evaluate(() => window.__fixture.boxes().length));
    // Each box's overlay exists from its first check: wait for the page's own boxes to have theirs.
    await page.waitForTimeout(300);
    const baseline = counted(await diagnostics(serviceWorker, page));
    const peak = { ...baseline };
    const hostsBefore = await page.locator('gardefou-overlay').count();

    for (let opened = 0; opened < TOTAL_BOXES; opened += BOXES_PER_ROUND) {
      const added = await leakPage.add(page, BOXES_PER_ROUND);
      // Every box got its session before it goes.
      await expect.poll(async () => (await diagnostics(serviceWorker, page)).sessions).toBe(baseline.sessions + BOXES_PER_ROUND);
      const typedIn = added[(opened / BOXES_PER_ROUND) % BOXES_PER_ROUND];
      await focusBoxEnd(page, typedIn);
      await page.keyboard.type(DRAFT);
      await expect.poll(async () => (await visibleBadges(page)).some((badge) => badge.severity === 'error')).toBe(true);
      const during = counted(await diagnostics(serviceWorker, page));
      for (const key of COUNTED) peak[key] = Math.max(peak[key], during[key]);
      await leakPage.remove(page, added);
    }

    await expect.poll(async () => counted(await diagnostics(serviceWorker, page)), { timeout: 10_000 }).toEqual(baseline);
    const after = counted(await diagnostics(serviceWorker, page));
    console.log(
      `\n${leakPage.name}: ${TOTAL_BOXES} boxes opened and closed\n` +
        ['| count | before | peak | after |', '|---|---|---|---|', ...COUNTED.map((key) => `| ${key} | ${baseline[key]} | ${peak[key]} | ${after[key]} |`)].join('\n'),
    );
    // The counts moved while boxes were open: they measure something.
    expect(peak.sessions).toBeGreaterThanOrEqual(baseline.sessions + BOXES_PER_ROUND);
    expect(peak.listeners).toBeGreaterThan(baseline.listeners);
    expect(peak.mutationObservers).toBeGreaterThan(baseline.mutationObservers);
    expect(peak.resizeTargets).toBeGreaterThan(baseline.resizeTargets);
    if (leakPage.page === 'x-dm') expect(peak.timers).toBeGreaterThan(baseline.timers);
    expect(await allHighlightTexts(page)).toEqual([]);
    expect(await page.locator('gardefou-overlay').count()).toBe(hostsBefore);
  });
}
