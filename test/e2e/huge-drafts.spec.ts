// A pasted draft far longer than the page checks (lib/page/boxes/draft-limits.ts): on every fixture editor the badge, the card and
// the popup say only the first 10,000 characters were checked, findings stay inside them, and the page keeps answering typing.
// Long tasks during the paste and the next keystroke are measured (printed and written to test-results/huge-drafts.md, never
// asserted), as is the time from the paste to the badge.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { CHECKED_DRAFT_CHARS } from '../../lib/page/boxes/draft-limits';
import { boxEditable, boxText, expect, focusBoxEnd, openFixture, test, type FixtureName, type FixtureOptions } from './harness';
import { openPopupFor, tabIdOf } from './extension-pages';
import { activeBoxOf, badgeOf, cardOf, highlightTexts, useDemoCharter } from './overlay-probe';

interface HugeCase {
  name: string;
  page: FixtureName;
  options?: FixtureOptions;
  box: string;
  /** How a paste reaches the editor: its own `paste` handler, or (no handler: textarea, plain contenteditable) the browser's insertText, as a real paste does. */
  via: 'paste' | 'insertText';
}

const CASES: HugeCase[] = [
  { name: 'Facebook Lexical', page: 'facebook', box: 'fb-comment-post1', via: 'paste' },
  { name: 'X Draft.js', page: 'x', box: 'x-inline-reply', via: 'paste' },
  { name: 'X DM textarea', page: 'x-dm', box: 'x-dm', via: 'insertText' },
  { name: 'LinkedIn TipTap', page: 'linkedin', box: 'li-comment-post1', via: 'paste' },
  { name: 'LinkedIn legacy Quill', page: 'linkedin-legacy', box: 'li-legacy-comment-post1', via: 'paste' },
  { name: 'LinkedIn Quill in a shadow root', page: 'linkedin', options: { query: { share: '1' } }, box: 'li-share', via: 'paste' },
  { name: 'LinkedIn messaging contenteditable', page: 'linkedin-messaging', box: 'li-msg-thread', via: 'insertText' },
];

/** Promises a refund and a date (out of perimeter, errors) and stacks exclamation marks. */
const OPENING = 'On vous rembourse demain !!!';
/** The same promise, placed once just inside the checked part and twice past it. */
const PROMISE = 'On vous rembourse demain.';
const FILLER = 'Merci pour votre message, belle journée à vous. ';
const INSIDE_AT = CHECKED_DRAFT_CHARS - 150;
const PAST_AT = [CHECKED_DRAFT_CHARS + 100, 150_000];
const HUGE_LENGTH = 200_000;
/** Typed at the start of the draft after the paste: one more date promise, one more finding inside the checked part. */
const TYPED = 'Demain ';

/**
 * Neutral prose up to about `length` (cut after a space, so the next snippet starts a word), a line break every ~2,000
 * characters (a pasted document has paragraphs; no space before a break, which contenteditables would turn into nbsp).
 */
function fillTo(text: string, length: number): string {
  let out = text;
  let lineStart = out.lastIndexOf('\n') + 1;
  while (out.length < length) {
    if (out.length - lineStart >= 2_000) {
      out = `${out.trimEnd()}\n`;
      lineStart = out.length;
    }
    out += FILLER;
  }
  const cut = out.slice(0, length);
  return cut.slice(0, cut.lastIndexOf(' ') + 1);
}

function hugeDraft(): string {
  let draft = fillTo(`${OPENING} `, INSIDE_AT) + PROMISE + ' ';
  for (const at of PAST_AT) draft = fillTo(draft, at) + PROMISE + ' ';
  return fillTo(draft, HUGE_LENGTH).trimEnd();
}

const HUGE = hugeDraft();
/** Where each promise after the opening starts: one inside the checked part, two past it. */
const PROMISES_AT = [...HUGE.matchAll(/On vous rembourse demain\./g)].map((match) => match.index);
const INSIDE = PROMISES_AT[0];

/** 'same', or where two long texts first differ (a failed toBe on 200,000 characters prints them whole). */
function difference(actual: string, expected: string): string {
  if (actual === expected) return 'same';
  let at = 0;
  while (at < actual.length && actual[at] === expected[at]) at++;
  return `lengths ${actual.length}/${expected.length}, first difference at ${at}: ${JSON.stringify(actual.slice(at, at + 30))} vs ${JSON.stringify(expected.slice(at, at + 30))}`;
}

/** Waits until the library's own text is `expected`. */
async function expectBoxText(page: Page, box: string, expected: string, message: string): Promise<void> {
  await expect.poll(async () => difference(await boxText(page, box), expected), { message, timeout: 15_000 }).toBe('same');
}

interface Measured {
  fixture: string;
  length: number;
  longestTaskMs: number;
  longTasks: number;
  pasteToBadgeMs: number;
  keyToBadgeMs: number;
}

const rows: Measured[] = [];

/** Counts the page's long tasks from now on (the content script runs on the same main thread). */
function watchLongTasks(page: Page): Promise<void> {
  return page.evaluate(() => {
    const durations: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = durations;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => durations.push(entry.duration))).observe({ type: 'longtask' });
  });
}

async function longTasks(page: Page): Promise<number[]> {
  // Entries are delivered after the task ends: leave the observer a moment.
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.slice());
}

/**
 * Puts `text` into the focused editable as a paste would, then waits (animation frame by frame) until some badge on the page
 * satisfies `done`; returns the milliseconds from the paste to that frame.
 */
function pasteAndTimeBadge(page: Page, box: string, text: string, via: HugeCase['via']): Promise<number> {
  return boxEditable(page, box).evaluate(
    async (editable, { text, via }) => {
      const badgeShowsCut = () => {
        const walk = (root: Document | ShadowRoot): boolean => {
          for (const element of root.querySelectorAll('*')) {
            if (element.tagName === 'GARDEFOU-OVERLAY' && element.shadowRoot?.querySelector('.badge[data-checked-length]')) return true;
            if (element.shadowRoot && walk(element.shadowRoot)) return true;
          }
          return false;
        };
        return walk(document);
      };
      const start = performance.now();
      if (via === 'paste') {
        const data = new DataTransfer();
        data.setData('text/plain', text);
        editable.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      } else {
        document.execCommand('insertText', false, text);
      }
      while (!badgeShowsCut()) {
        if (performance.now() - start > 30_000) throw new Error('no badge said the draft was cut within 30 s');
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      return performance.now() - start;
    },
    { text, via },
  );
}

/** Presses keys and returns the milliseconds from the first keydown to the frame where the box's badge count changed. */
async function typeAndTimeBadge(page: Page, boxId: string, keys: string): Promise<number> {
  const before = await badgeOf(page, boxId).getAttribute('data-count');
  await page.evaluate(
    ({ boxId, before }) => {
      const state = { start: 0, ms: -1 };
      (window as unknown as { __keyToBadge: typeof state }).__keyToBadge = state;
      const badge = () => {
        const walk = (root: Document | ShadowRoot): HTMLElement | null => {
          for (const element of root.querySelectorAll('*')) {
            if (element.tagName === 'GARDEFOU-OVERLAY' && element.getAttribute('data-box') === boxId) return element.shadowRoot?.querySelector<HTMLElement>('.badge') ?? null;
            const inner = element.shadowRoot && walk(element.shadowRoot);
            if (inner) return inner;
          }
          return null;
        };
        return walk(document);
      };
      window.addEventListener('keydown', () => (state.start ||= performance.now()), { capture: true, once: true });
      const onFrame = () => {
        if (state.start && badge()?.dataset.count !== before) state.ms = performance.now() - state.start;
        else requestAnimationFrame(onFrame);
      };
      requestAnimationFrame(onFrame);
    },
    { boxId, before },
  );
  await page.keyboard.type(keys);
  await page.waitForFunction(() => (window as unknown as { __keyToBadge: { ms: number } }).__keyToBadge.ms >= 0, undefined, { timeout: 30_000 });
  return page.evaluate(() => (window as unknown as { __keyToBadge: { ms: number } }).__keyToBadge.ms);
}

test.beforeAll(useDemoCharter);

test.afterAll(() => {
  const table = [
    '| fixture | draft length | longest task ms | long tasks | paste → badge ms | keystroke → badge ms |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| ${row.fixture} | ${row.length.toLocaleString('en')} | ${row.longestTaskMs.toFixed(0)} | ${row.longTasks} | ${row.pasteToBadgeMs.toFixed(0)} | ${row.keyToBadgeMs.toFixed(0)} |`,
    ),
  ].join('\n');
  console.log(`\nhuge drafts: long tasks (>50 ms) during the paste and the next keystroke\n${table}`);
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/huge-drafts.md', `${table}\n`);
});

test.describe.configure({ timeout: 120_000 });

for (const huge of CASES) {
  test(`a ${HUGE.length.toLocaleString('en')}-character paste: ${huge.name}`, async ({ context, extensionId, serviceWorker }) => {
    const page = await openFixture(context, huge.page, huge.options);
    await focusBoxEnd(page, huge.box);
    await watchLongTasks(page);
    const pasteToBadgeMs = await pasteAndTimeBadge(page, huge.box, HUGE, huge.via);
    await expectBoxText(page, huge.box, HUGE, 'the editor took the whole paste');

    const state = await activeBoxOf(serviceWorker, page);
    if (!state) throw new Error('the content script reports no active box');
    expect(state.checkedLength).toBe(CHECKED_DRAFT_CHARS);
    const badge = badgeOf(page, state.boxId);
    await expect(badge).toHaveAttribute('data-checked-length', String(CHECKED_DRAFT_CHARS));
    await expect(badge).toHaveAttribute('data-severity', 'error');
    await expect(badge.locator('.badge-dot')).toHaveText(`${state.findings.length}+`);
    await expect(badge).toHaveAttribute('aria-label', /Only the first 10,000 characters of this reply were checked/);

    // Findings: the opening and the promise just inside the cut, nothing from the two promises past it.
    expect(PROMISES_AT).toHaveLength(3);
    expect(INSIDE + PROMISE.length).toBeLessThan(CHECKED_DRAFT_CHARS);
    expect(PROMISES_AT[1]).toBeGreaterThan(CHECKED_DRAFT_CHARS);
    const promiseInside = state.findings.filter((finding) => finding.start >= INSIDE && finding.end <= INSIDE + PROMISE.length);
    expect(promiseInside.map((finding) => HUGE.slice(finding.start, finding.end))).toEqual(expect.arrayContaining([expect.stringContaining('rembourse')]));
    expect(state.findings.filter((finding) => finding.start < OPENING.length).map((finding) => finding.category)).toEqual(
      expect.arrayContaining(['out_of_perimeter', 'overmarketing']),
    );
    for (const finding of state.findings) {
      expect(finding.start, `${finding.ruleId} starts inside the checked part`).toBeLessThan(CHECKED_DRAFT_CHARS);
      expect(finding.end, `${finding.ruleId} ends inside the checked part`).toBeLessThanOrEqual(CHECKED_DRAFT_CHARS);
    }
    if (huge.page !== 'x-dm') {
      // Underlines (Highlight API; a finding over several paragraphs gets a range per paragraph): the promise is underlined
      // at the opening and inside the cut, never past it, and the ranges cover exactly the findings' characters.
      const texts = await highlightTexts(page);
      const ranges = [...texts.error, ...texts.warning, ...texts.info];
      expect(ranges.filter((text) => text === 'On vous rembourse')).toHaveLength(2);
      expect(ranges.filter((text) => text === 'demain')).toHaveLength(2);
      const inline = state.findings.filter((finding) => !finding.wholeDraft);
      const flagged = inline.map((finding) => HUGE.slice(finding.start, finding.end).replaceAll('\n', '').length).reduce((a, b) => a + b, 0);
      expect(ranges.map((text) => text.length).reduce((a, b) => a + b, 0)).toBe(flagged);
    }

    // Still answering: a keystroke at the start of the draft adds a finding, and the badge follows.
    await page.keyboard.press('Control+Home');
    const keyToBadgeMs = await typeAndTimeBadge(page, state.boxId, TYPED);
    await expectBoxText(page, huge.box, TYPED + HUGE, 'the typing landed at the start');
    const after = await activeBoxOf(serviceWorker, page);
    expect(after?.findings.length).toBe(state.findings.length + 1);
    expect(after?.checkedLength).toBe(CHECKED_DRAFT_CHARS);
    await expect(badge.locator('.badge-dot')).toHaveText(`${state.findings.length + 1}+`);
    const durations = await longTasks(page);

    // The card says it too.
    await badge.hover();
    await expect(cardOf(page, state.boxId).locator('.cut-note')).toHaveAttribute('data-checked-length', String(CHECKED_DRAFT_CHARS));
    await expect(cardOf(page, state.boxId).locator('.cut-note')).toHaveText('Only the first 10,000 characters of this reply were checked.');

    // And the popup.
    const popup = await openPopupFor(context, extensionId, await tabIdOf(serviceWorker, page));
    const note = popup.getByTestId('findings-checked-part');
    await expect(note).toHaveText('Only the first 10,000 characters of this reply were checked.');
    await expect(note).toHaveAttribute('data-checked-length', String(CHECKED_DRAFT_CHARS));

    rows.push({
      fixture: huge.name,
      length: HUGE.length,
      longestTaskMs: Math.max(0, ...durations),
      longTasks: durations.length,
      pasteToBadgeMs,
      keyToBadgeMs,
    });
  });
}

/** Drafts that are hard on text handling rather than long; each opens with the promise, so the badge has findings to show. */
const HOSTILE: { name: string; draft: string }[] = [
  // 10,000 emoji: 20,000 UTF-16 units, so the cut falls inside them.
  { name: '10,000 emoji', draft: `${OPENING} ${'😀🎉👍🏽'.repeat(2_500)}` },
  {
    name: 'RTL text with zero-width characters',
    draft: `${OPENING} ${'\u202Bمرحبا\u200B بكم\u200D في\u200C خدمة\u2060 العملاء\u202C \u05E9\u05DC\u05D5\u05DD\u200F\uFEFF '.repeat(2_000)}`,
  },
  // Digit runs: one 30,000-digit number, then phone-number-like groups (the personal-data detectors' worst case).
  { name: 'long digit runs', draft: `${OPENING} ${'0123456789'.repeat(3_000)} ${'06 12 34 56 78 '.repeat(2_000)}` },
];

test('hostile drafts on Facebook Lexical: emoji, RTL and zero-width characters, digit runs', async ({ context, serviceWorker }) => {
  for (const hostile of HOSTILE) {
    const page = await openFixture(context, 'facebook');
    await focusBoxEnd(page, 'fb-comment-post1');
    await watchLongTasks(page);
    const pasteToBadgeMs = await pasteAndTimeBadge(page, 'fb-comment-post1', hostile.draft, 'paste');
    await expectBoxText(page, 'fb-comment-post1', hostile.draft, hostile.name);
    const state = await activeBoxOf(serviceWorker, page);
    if (!state) throw new Error('no active box');
    expect(state.checkedLength, hostile.name).toBe(CHECKED_DRAFT_CHARS);
    expect(state.findings.map((finding) => finding.category), hostile.name).toContain('out_of_perimeter');
    for (const finding of state.findings) expect(finding.end, `${hostile.name}: ${finding.ruleId}`).toBeLessThanOrEqual(CHECKED_DRAFT_CHARS);

    await page.keyboard.press('Control+Home');
    const keyToBadgeMs = await typeAndTimeBadge(page, state.boxId, TYPED);
    await expectBoxText(page, 'fb-comment-post1', TYPED + hostile.draft, `${hostile.name}: typing`);
    const durations = await longTasks(page);
    rows.push({
      fixture: `Facebook Lexical, ${hostile.name}`,
      length: hostile.draft.length,
      longestTaskMs: Math.max(0, ...durations),
      longTasks: durations.length,
      pasteToBadgeMs,
      keyToBadgeMs,
    });
    await page.close();
  }
});
