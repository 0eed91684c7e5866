// The fixture pages in Firefox tabs driven by puppeteer: the same URLs and window.__fixture reads as test/e2e/fixture-pages.ts.
import type { Page as PlaywrightPage } from '@playwright/test';
import type { Browser, Page } from 'puppeteer-core';
import { FIXTURE_URLS, fixtureUrl, type FixtureName, type FixtureOptions } from '../e2e/fixture-pages';

/** The host names the fixture server answers for, as the pages' URLs name them. */
export const FIXTURE_HOSTS: ReadonlySet<string> = new Set(Object.values(FIXTURE_URLS).map((url) => new URL(url).hostname));

/** Opens a fixture page in a new tab and waits until every box is registered. */
export async function openFixture(browser: Browser, name: FixtureName, options: FixtureOptions = {}): Promise<Page> {
  const page = await browser.newPage();
  const response = await page.goto(fixtureUrl(name, options));
  if (!response?.ok()) throw new Error(`fixture page ${name} answered ${response?.status()} at ${page.url()}`);
  await page.waitForFunction(() => window.__fixture?.ready === true);
  return page;
}

/** The box's text from the editor library's own state. */
export function boxText(page: Page, boxId: string): Promise<string> {
  return page.evaluate((id) => window.__fixture.getText(id), boxId);
}

/** Clicks into a box's editable and puts the caret at the end of its text. */
export async function focusBoxEnd(page: Page, boxId: string): Promise<void> {
  await page.click(`[data-fixture-box="${boxId}"] :is(textarea, [contenteditable="true"])`);
  await page.keyboard.down('Control');
  await page.keyboard.press('End');
  await page.keyboard.up('Control');
}

/**
 * A view of a puppeteer page for the Chromium suite's page probes (test/e2e/overlay-probe.ts) that read the page with
 * `page.evaluate(fn, arg)` alone: both drivers take that call the same way. Anything else a probe uses fails loudly here.
 */
export function asEvaluateOnlyPage(page: Page): PlaywrightPage {
  const evaluateOnly = { evaluate: (fn: (arg: unknown) => unknown, arg?: unknown) => page.evaluate(fn, arg) };
  return evaluateOnly as unknown as PlaywrightPage;
}
