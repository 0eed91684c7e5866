// lib/page/platforms on every fixture page, in English and French: the selector tables hold, every reply box is found once,
// described, tied to the message it answers and to its own send control. The adapters run from a page-injected bundle here;
// in the product they run in the content script's isolated world, which sees the same DOM.
import type { Frame, Page } from '@playwright/test';
import { build } from 'esbuild';
import { PROOF_PAGE_NAMES, type ProofPage, type ProofPageName } from '../../lib/page/platforms/proven-selector';
import { FACEBOOK_SELECTOR_PROOFS, FACEBOOK_SELECTORS } from '../../lib/page/platforms/facebook-selectors';
import { LINKEDIN_SELECTOR_PROOFS, LINKEDIN_SELECTORS } from '../../lib/page/platforms/linkedin-selectors';
import { X_SELECTOR_PROOFS, X_SELECTORS } from '../../lib/page/platforms/x-selectors';
import type { SelectorProof, SelectorTable } from '../../lib/page/platforms/proven-selector';
import type { BoxReport } from '../fixtures/platforms-under-test';
import { DIALOG_POST, FEED_POST as FB_POST, MESSENGER_CONTACT, extraComment as extraFacebookComment } from '../fixtures/pages/src/facebook/thread-content';
import {
  COMPANY,
  FEED_POST as LI_POST,
  LEGACY_POST,
  MESSAGING_CONTACT,
  extraComment as extraLinkedInComment,
} from '../fixtures/pages/src/linkedin/thread-content';
import { CONVERSATION_REPLIES, DM_THREAD, FOCAL_TWEET, HOME_TIMELINE, extraTweet, type Tweet } from '../fixtures/pages/src/x/thread-content';
import { expect, fixtureBoxes, openFixture, test, type FixtureName } from './harness';

type Site = 'facebook' | 'x' | 'linkedin';
type Lang = 'en' | 'fr';

interface ExpectedIncoming {
  text: string;
  author: string;
  firstName: string;
}

interface ExpectedBox {
  kind: BoxReport['kind'];
  isPublic: boolean;
  incoming: ExpectedIncoming | null;
  /** False for boxes the site sends with Enter only (Messenger). */
  hasSendButton: boolean;
}

interface PageSetup {
  fixture: FixtureName;
  site: Site;
  /** Opens, as a person would by clicking, the boxes the page shows only on demand. */
  openBoxes?: (page: Page) => Promise<void>;
  boxes: Record<string, ExpectedBox>;
}

const REPLY_BUTTON = /^(Reply|Répondre)$/;
/** The legacy build labels its Reply buttons "Reply to {name}'s comment" / "Répondre au commentaire de {name}". */
const LEGACY_REPLY_BUTTON = /^(Reply|Répondre) /;
const BRAND = 'Brandtruc';

const said = (text: string, author: string, firstName = author.split(' ')[0]): ExpectedIncoming => ({ text, author, firstName });
const tweetBy = (tweet: Tweet) => said(tweet.text, tweet.name);
const publicBox = (kind: BoxReport['kind'], incoming: ExpectedIncoming | null): ExpectedBox => ({ kind, isPublic: true, incoming, hasSendButton: true });
const privateBox = (incoming: ExpectedIncoming, hasSendButton: boolean): ExpectedBox => ({ kind: 'dm', isPublic: false, incoming, hasSendButton });
const lastOf = <T>(items: readonly T[]): T => items[items.length - 1];

const [ALICE, BOB] = FB_POST.comments;
const [CHLOE] = FB_POST.moreComments;
const MESSENGER_LAST = said(lastOf(MESSENGER_CONTACT.messages), MESSENGER_CONTACT.name);
const LI_MESSAGING_LAST = said(lastOf(MESSAGING_CONTACT.messages), MESSAGING_CONTACT.name);
const [LI_ALICE] = LI_POST.comments;
const [EMILY] = LEGACY_POST.comments;
const [TOM] = CONVERSATION_REPLIES;
const SAM = HOME_TIMELINE[1];

async function waitForBoxes(page: Page, ids: string[]): Promise<void> {
  await page.waitForFunction((wanted) => wanted.every((id) => window.__fixture.hasBox(id)), ids);
}

async function openXReplyModal(page: Page, handle: string): Promise<void> {
  await page.locator('article[data-testid="tweet"]').filter({ hasText: `@${handle}` }).first().locator('[data-testid="reply"]').click();
  await waitForBoxes(page, ['x-reply-modal']);
}

const FACEBOOK_FEED_BOXES: Record<string, ExpectedBox> = {
  'fb-reply-c101': publicBox('reply', said(ALICE.text, ALICE.author)),
  'fb-comment-post1': publicBox('comment', said(FB_POST.text, BRAND)),
  'fb-messenger-popup': privateBox(MESSENGER_LAST, false),
};

const PAGES: Record<ProofPageName, PageSetup> = {
  facebook: {
    fixture: 'facebook',
    site: 'facebook',
    openBoxes: async (page) => {
      await page.locator('[role="article"] [role="article"]').filter({ hasText: BOB.author }).getByRole('button', { name: REPLY_BUTTON }).click();
      await page.getByRole('button', { name: /^(View more comments|Voir plus de commentaires)$/ }).click();
      await waitForBoxes(page, ['fb-reply-c102', 'fb-reply-c103']);
    },
    boxes: {
      ...FACEBOOK_FEED_BOXES,
      'fb-reply-c102': publicBox('reply', said(BOB.text, BOB.author)),
      'fb-reply-c103': publicBox('reply', said(CHLOE.text, CHLOE.author)),
    },
  },
  'facebook-post': {
    fixture: 'facebook-post',
    site: 'facebook',
    boxes: { ...FACEBOOK_FEED_BOXES, 'fb-dialog-comment': publicBox('comment', said(DIALOG_POST.text, BRAND)) },
  },
  'facebook-messenger': {
    fixture: 'facebook-messenger',
    site: 'facebook',
    boxes: { 'fb-messenger-thread': privateBox(MESSENGER_LAST, false) },
  },
  x: {
    fixture: 'x',
    site: 'x',
    openBoxes: (page) => openXReplyModal(page, TOM.handle),
    boxes: { 'x-inline-reply': publicBox('reply', tweetBy(FOCAL_TWEET)), 'x-reply-modal': publicBox('reply', tweetBy(TOM)) },
  },
  'x-home': {
    fixture: 'x-home',
    site: 'x',
    openBoxes: (page) => openXReplyModal(page, SAM.handle),
    boxes: { 'x-home-composer': publicBox('composer', null), 'x-reply-modal': publicBox('reply', tweetBy(SAM)) },
  },
  'x-dm': {
    fixture: 'x-dm',
    site: 'x',
    boxes: { 'x-dm': privateBox(said(lastOf(DM_THREAD.messages), DM_THREAD.name), true) },
  },
  linkedin: {
    fixture: 'linkedin',
    site: 'linkedin',
    openBoxes: async (page) => {
      await page.locator('[componentkey*="replaceableComment_"]').filter({ hasText: LI_ALICE.author }).getByRole('button', { name: REPLY_BUTTON }).click();
      await page.locator('.share-box-feed-entry__trigger').click();
      await waitForBoxes(page, ['li-reply-c9101', 'li-share']);
    },
    boxes: {
      'li-comment-post1': publicBox('comment', said(LI_POST.text, COMPANY.name)),
      'li-reply-c9101': publicBox('reply', said(LI_ALICE.text, LI_ALICE.author)),
      'li-share': publicBox('composer', null),
      'li-msg-overlay': privateBox(LI_MESSAGING_LAST, true),
    },
  },
  'linkedin-legacy': {
    fixture: 'linkedin-legacy',
    site: 'linkedin',
    openBoxes: async (page) => {
      await page.locator('.comments-comment-item').filter({ hasText: EMILY.author }).getByRole('button', { name: LEGACY_REPLY_BUTTON }).click();
      await waitForBoxes(page, ['li-legacy-reply-c9201']);
    },
    boxes: {
      'li-legacy-comment-post1': publicBox('comment', said(LEGACY_POST.text, COMPANY.name)),
      'li-legacy-reply-c9201': publicBox('reply', said(EMILY.text, EMILY.author)),
      'li-msg-overlay': privateBox(LI_MESSAGING_LAST, true),
    },
  },
  'linkedin-messaging': {
    fixture: 'linkedin-messaging',
    site: 'linkedin',
    boxes: { 'li-msg-thread': privateBox(LI_MESSAGING_LAST, true) },
  },
  'facebook-business-messenger': {
    fixture: 'facebook-business-messenger',
    site: 'facebook',
    boxes: { 'mbs-messenger-reply': privateBox(MESSENGER_LAST, true) },
  },
  'facebook-business-comments': {
    fixture: 'facebook-business-comments',
    site: 'facebook',
    boxes: { 'mbs-comment-reply': publicBox('reply', said(ALICE.text, ALICE.author)) },
  },
  'facebook-messenger-com': {
    fixture: 'facebook-messenger-com',
    site: 'facebook',
    boxes: { 'messenger-com-thread': privateBox(MESSENGER_LAST, false) },
  },
  'x-twitter': {
    fixture: 'x-twitter',
    site: 'x',
    openBoxes: (page) => openXReplyModal(page, TOM.handle),
    boxes: { 'x-inline-reply': publicBox('reply', tweetBy(FOCAL_TWEET)), 'x-reply-modal': publicBox('reply', tweetBy(TOM)) },
  },
  'x-pro': {
    fixture: 'x-pro',
    site: 'x',
    boxes: { 'xpro-column-reply': publicBox('reply', tweetBy(FOCAL_TWEET)) },
  },
  'linkedin-admin': {
    fixture: 'linkedin-admin',
    site: 'linkedin',
    openBoxes: async (page) => {
      await page.locator('[componentkey*="replaceableComment_"]').filter({ hasText: LI_ALICE.author }).getByRole('button', { name: REPLY_BUTTON }).click();
      await waitForBoxes(page, ['li-reply-c9101']);
    },
    boxes: {
      'li-comment-post1': publicBox('comment', said(LI_POST.text, COMPANY.name)),
      'li-reply-c9101': publicBox('reply', said(LI_ALICE.text, LI_ALICE.author)),
    },
  },
};

const TABLES: Record<Site, SelectorTable> = { facebook: FACEBOOK_SELECTORS, x: X_SELECTORS, linkedin: LINKEDIN_SELECTORS };
const PROOFS: Record<Site, Record<string, SelectorProof>> = { facebook: FACEBOOK_SELECTOR_PROOFS, x: X_SELECTOR_PROOFS, linkedin: LINKEDIN_SELECTOR_PROOFS };

let bundle = '';
test.beforeAll(async () => {
  const result = await build({
    entryPoints: ['test/fixtures/platforms-under-test.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    tsconfig: 'tsconfig.json',
    logLevel: 'warning',
  });
  bundle = result.outputFiles[0].text;
});

async function injectPlatforms(target: Page | Frame): Promise<void> {
  await target.addScriptTag({ content: bundle });
  await target.waitForFunction(() => typeof window.__platformsUnderTest === 'object');
}

async function openPage(context: Parameters<typeof openFixture>[0], name: ProofPageName, lang: Lang): Promise<Page> {
  const setup = PAGES[name];
  const page = await openFixture(context, setup.fixture, lang === 'fr' ? { lang: 'fr' } : {});
  await setup.openBoxes?.(page);
  await injectPlatforms(page);
  return page;
}

const survey = (page: Page) => page.evaluate(() => window.__platformsUnderTest.survey());
const byBox = (reports: BoxReport[]) => new Map(reports.map((report) => [report.fixtureBox ?? report.element, report]));

for (const name of PROOF_PAGE_NAMES) {
  const setup = PAGES[name];
  for (const lang of ['en', 'fr'] as const) {
    const proofPage: ProofPage = lang === 'fr' ? `${name}-fr` : name;

    test.describe(proofPage, () => {
      test(`every ${setup.site} selector listed for ${proofPage} matches there`, async ({ context }) => {
        const page = await openPage(context, name, lang);
        const counts = await page.evaluate((site) => window.__platformsUnderTest.selectorMatchCounts(site), setup.site);
        const listed = Object.entries(PROOFS[setup.site]).filter(([, proof]) => proof.mustMatchOn.includes(proofPage));
        expect(listed.length, 'selectors proven on this page').toBeGreaterThan(0);
        for (const [key] of listed) {
          expect.soft(counts[key], `${setup.site} selector "${key}" (${TABLES[setup.site][key]}) on ${proofPage}`).toBeGreaterThan(0);
        }
      });

      test('finds exactly the fixture boxes, each once, through the site adapter', async ({ context }) => {
        const page = await openPage(context, name, lang);
        const fixtureIds = (await fixtureBoxes(page)).map((box) => box.id).sort();
        expect(fixtureIds, 'the page shows the boxes this spec expects').toEqual(Object.keys(setup.boxes).sort());
        const reports = await survey(page);
        expect(reports.map((report) => report.fixtureBox ?? `outside any fixture box: ${report.element}`).sort()).toEqual(fixtureIds);
        for (const report of reports) {
          expect.soft(report.source, `${report.fixtureBox} found by`).toBe('site');
          expect.soft(report.platform, `${report.fixtureBox} platform`).toBe(setup.site);
        }
      });

      test('describes each box: kind, public or private, and the key that sends it', async ({ context }) => {
        const page = await openPage(context, name, lang);
        const sendKeys = new Map((await fixtureBoxes(page)).map((box) => [box.id, box.sendKey]));
        const reports = byBox(await survey(page));
        for (const [id, expected] of Object.entries(setup.boxes)) {
          const report = reports.get(id);
          expect.soft(report?.kind, `${id} kind`).toBe(expected.kind);
          expect.soft(report?.isPublic, `${id} isPublic`).toBe(expected.isPublic);
          expect.soft(report?.sendKey, `${id} send key (the fixture sends with ${sendKeys.get(id)})`).toEqual({
            key: 'Enter',
            withModifier: sendKeys.get(id) === 'Control+Enter',
          });
        }
      });

      test('reads the message each box answers, with its author and first name', async ({ context }) => {
        const page = await openPage(context, name, lang);
        const reports = byBox(await survey(page));
        for (const [id, expected] of Object.entries(setup.boxes)) {
          expect.soft(reports.get(id)?.incoming ?? null, `${id} incoming`).toEqual(expected.incoming);
        }
      });

      test("finds each box's own send control", async ({ context }) => {
        const page = await openPage(context, name, lang);
        // LinkedIn shows a comment's button only once the box holds text: write in every box first, as a CM would.
        await page.evaluate((ids) => ids.forEach((id) => window.__fixture.setText(id, 'Merci pour votre message')), Object.keys(setup.boxes));
        const reports = byBox(await survey(page));
        for (const [id, expected] of Object.entries(setup.boxes)) {
          expect.soft(reports.get(id)?.sendButton, `${id} send control`).toBe(expected.hasSendButton ? id : null);
        }
      });
    });
  }
}

const GROWING_PAGES: Array<{ name: ProofPageName; expectedFor: (index: number) => ExpectedIncoming }> = [
  { name: 'facebook', expectedFor: (index) => ((comment) => said(comment.text, comment.author))(extraFacebookComment(index)) },
  { name: 'x', expectedFor: (index) => tweetBy(extraTweet(index)) },
  { name: 'linkedin', expectedFor: (index) => ((comment) => said(comment.text, comment.author))(extraLinkedInComment(index)) },
  { name: 'linkedin-legacy', expectedFor: (index) => ((comment) => said(comment.text, comment.author))(extraLinkedInComment(index)) },
];

for (const { name, expectedFor } of GROWING_PAGES) {
  test(`${name}: reply boxes added after load are found, each tied to its own comment`, async ({ context }) => {
    const page = await openPage(context, name, 'en');
    const added = await page.evaluate(() => window.__fixture.addReplyBoxes(4));
    const reports = byBox(await survey(page));
    added.forEach((id, index) => {
      const report = reports.get(id);
      expect.soft(report?.kind, `${id} kind`).toBe('reply');
      expect.soft(report?.incoming ?? null, `${id} incoming`).toEqual(expectedFor(index));
    });
    expect(reports.size).toBe(Object.keys(PAGES[name].boxes).length + added.length);
  });
}

test('a removed box is no longer found', async ({ context }) => {
  const page = await openPage(context, 'facebook', 'en');
  await page.evaluate(() => window.__fixture.removeBox('fb-reply-c101'));
  const found = (await survey(page)).map((report) => report.fixtureBox);
  expect(found).not.toContain('fb-reply-c101');
  expect(found).toContain('fb-comment-post1');
});

test("LinkedIn's hidden /preload/ frame: its decoy Quill editor is never a reply box", async ({ context }) => {
  const page = await openPage(context, 'linkedin', 'en');
  const preload = page.frames().find((frame) => new URL(frame.url()).pathname.startsWith('/preload'));
  expect(preload, 'the feed loads its /preload/ frame').toBeDefined();
  await preload!.waitForSelector('.ql-editor[contenteditable="true"]', { state: 'attached' });
  await injectPlatforms(preload!);
  expect(await preload!.evaluate(() => window.__platformsUnderTest.survey())).toEqual([]);
  expect(await preload!.evaluate(() => window.__platformsUnderTest.documentIsOnScreen()), 'the hidden frame is off screen').toBe(false);
  expect(await page.evaluate(() => window.__platformsUnderTest.documentIsOnScreen()), 'the feed is on screen').toBe(true);
  expect((await survey(page)).every((report) => report.fixtureBox !== null)).toBe(true);
});

for (const { name, box, send } of [
  { name: 'facebook-messenger' as const, box: 'fb-messenger-thread', send: 'Enter' },
  { name: 'x-dm' as const, box: 'x-dm', send: 'Enter' },
]) {
  test(`${name}: after the CM sends a message, the DM still answers the other person's last message`, async ({ context }) => {
    const page = await openPage(context, name, 'en');
    await page.locator(`[data-fixture-box="${box}"]`).locator('textarea, [contenteditable="true"]').first().click();
    await page.keyboard.type('Bonjour, nous regardons cela tout de suite.');
    await page.keyboard.press(send);
    await expect.poll(() => page.evaluate(() => window.__fixture.sent.length)).toBe(1);
    const report = byBox(await survey(page)).get(box);
    expect(report?.incoming).toEqual(PAGES[name].boxes[box].incoming);
  });
}

test('the fallback takes an unknown visible field and skips search, hidden, read-only and tiny ones', async ({ context }) => {
  const page = await openPage(context, 'facebook', 'en');
  await page.evaluate(() => {
    const add = (html: string) => document.body.insertAdjacentHTML('beforeend', html);
    add('<textarea data-testid="report-problem" style="width:320px;height:80px"></textarea>');
    add('<div role="search"><textarea data-testid="in-search" style="width:320px;height:40px"></textarea></div>');
    add('<div contenteditable="true" aria-label="Search Facebook" data-testid="search-label" style="width:320px;height:40px"></div>');
    add('<textarea data-testid="read-only" readonly style="width:320px;height:80px"></textarea>');
    add('<textarea data-testid="display-none" style="display:none"></textarea>');
    add('<div aria-hidden="true"><textarea data-testid="aria-hidden" style="width:320px;height:80px"></textarea></div>');
    add('<div contenteditable="true" data-testid="tiny" style="width:4px;height:4px;overflow:hidden"></div>');
    add('<div role="textbox" data-testid="not-editable" style="width:320px;height:40px">static</div>');
  });
  const fallback = (await survey(page)).filter((report) => report.source === 'fallback');
  expect(fallback.map((report) => report.element)).toEqual(['<textarea> report-problem']);
  expect(fallback[0]).toMatchObject({ platform: 'facebook', kind: 'comment', isPublic: true, incoming: null, sendButton: null });
});
