// The fixture pages by name, under their real https URLs, and helpers that read each box through window.__fixture.
import type { BrowserContext, Locator, Page } from '@playwright/test';
import type { BoxSummary, FixtureApi, SentMessage } from '../fixtures/pages/src/shared/fixture-api';

export type { BoxSummary, FixtureApi, SentMessage };

export const FIXTURE_URLS = {
  facebook: 'https://www.facebook.com/',
  /** The same feed with the second post open in its role=dialog. */
  'facebook-post': 'https://www.facebook.com/brandtruc/posts/2',
  'facebook-messenger': 'https://www.facebook.com/messages/t/100012345678901',
  x: 'https://x.com/brandtruc/status/1',
  'x-home': 'https://x.com/home',
  'x-dm': 'https://x.com/i/chat/123',
  linkedin: 'https://www.linkedin.com/feed/',
  'linkedin-legacy': 'https://www.linkedin.com/feed/?build=legacy',
  'linkedin-messaging': 'https://www.linkedin.com/messaging/thread/2-ZmQ3NjI4/',
  // Where CMs also reply (docs/surfaces.md).
  'facebook-business-messenger': 'https://business.facebook.com/latest/inbox/messenger',
  'facebook-business-comments': 'https://business.facebook.com/latest/inbox/facebook',
  'facebook-messenger-com': 'https://www.messenger.com/t/100012345678901',
  'x-twitter': 'https://twitter.com/brandtruc/status/1',
  'x-pro': 'https://pro.x.com/',
  'linkedin-admin': 'https://www.linkedin.com/company/brandtruc/admin/page-posts/published/',
} as const;

export type FixtureName = keyof typeof FIXTURE_URLS;

export interface FixtureOptions {
  /** Page chrome and aria-labels language: the sites' own ?lang= parameter. */
  lang?: 'en' | 'fr';
  /** Extra query parameters, e.g. { share: '1' } to open the LinkedIn share composer on load. */
  query?: Record<string, string>;
}

export function fixtureUrl(name: FixtureName, options: FixtureOptions = {}): string {
  const url = new URL(FIXTURE_URLS[name]);
  if (options.lang) url.searchParams.set('lang', options.lang);
  for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value);
  return url.toString();
}

/** Opens a fixture page in a new tab and waits until every box is registered. */
export async function openFixture(context: BrowserContext, name: FixtureName, options: FixtureOptions = {}): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(fixtureUrl(name, options));
  if (!response?.ok()) throw new Error(`fixture page ${name} answered ${response?.status()} at ${page.url()}`);
  await page.waitForFunction(() => window.__fixture?.ready === true);
  return page;
}

/** The editable element (contenteditable or textarea) of a fixture box; Playwright's CSS pierces open shadow roots. */
export function boxEditable(page: Page, boxId: string): Locator {
  return page.locator(`[data-fixture-box="${boxId}"]`).locator('textarea, [contenteditable="true"]').first();
}

/** The site's own send control of a box. */
export function boxSendButton(page: Page, boxId: string): Locator {
  return page.locator(`[data-fixture-send="${boxId}"]`);
}

/** The box's text from the editor library's own state. */
export function boxText(page: Page, boxId: string): Promise<string> {
  return page.evaluate((id) => window.__fixture.getText(id), boxId);
}

export function fixtureBoxes(page: Page): Promise<BoxSummary[]> {
  return page.evaluate(() => window.__fixture.boxes());
}

export function sentMessages(page: Page): Promise<SentMessage[]> {
  return page.evaluate(() => window.__fixture.sent.slice());
}

/** Clicks into a box and puts the caret at the end of its text. */
export async function focusBoxEnd(page: Page, boxId: string): Promise<void> {
  await boxEditable(page, boxId).click();
  await page.keyboard.press('Control+End');
}

/** Clicks into a box, puts the caret at the end and types `text` as keystrokes. */
export async function typeInto(page: Page, boxId: string, text: string): Promise<void> {
  await focusBoxEnd(page, boxId);
  await page.keyboard.type(text);
}

/** Collects the tab's page errors and console errors (a content script's uncaught errors reach the tab's console). */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** Injects the lib/page/editors bundle (test/fixtures/dist/editors-under-test.js) as window.__editorsUnderTest. */
export async function injectEditorsUnderTest(page: Page): Promise<void> {
  await page.addScriptTag({ path: 'test/fixtures/dist/editors-under-test.js' });
  await page.waitForFunction(() => typeof window.__editorsUnderTest === 'object');
}
