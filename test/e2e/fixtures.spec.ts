// Proves the fixture pages work in Chromium with the extension loaded: real host names over HTTPS, real editors, send controls.
import {
  boxEditable,
  boxSendButton,
  boxText,
  expect,
  fixtureBoxes,
  focusBoxEnd,
  openFixture,
  sentMessages,
  test,
  type FixtureName,
} from './harness';

const PAGE_HOSTS: Record<FixtureName, string> = {
  facebook: 'www.facebook.com',
  'facebook-post': 'www.facebook.com',
  'facebook-messenger': 'www.facebook.com',
  x: 'x.com',
  'x-home': 'x.com',
  'x-dm': 'x.com',
  linkedin: 'www.linkedin.com',
  'linkedin-legacy': 'www.linkedin.com',
  'linkedin-messaging': 'www.linkedin.com',
  'facebook-business-messenger': 'business.facebook.com',
  'facebook-business-comments': 'business.facebook.com',
  'facebook-messenger-com': 'www.messenger.com',
  'x-twitter': 'twitter.com',
  'x-pro': 'pro.x.com',
  'linkedin-admin': 'www.linkedin.com',
};

/** Selectors from platform-dom.md that platform adapters will rely on, per page. */
const STRUCTURE: Record<FixtureName, string[]> = {
  facebook: [
    '[data-pagelet="FeedUnit_1"] [role="article"] [data-ad-rendering-role="profile_name"] h3 a strong',
    '[data-pagelet="FeedUnit_1"] [role="article"] [data-ad-rendering-role="story_message"] div[dir="auto"]',
    '[role="article"] [role="article"][aria-label="Comment by Alice Martin"] div[dir="auto"]',
    'a[href*="comment_id=101"]',
    'form[role="presentation"] [contenteditable="true"][role="textbox"][data-lexical-editor="true"][aria-label="Reply to Alice Martin"] p',
    'form[role="presentation"] [data-lexical-editor="true"][aria-label="Comment as Brandtruc"]',
    '#focused-state-composer-submit > div[role="button"][aria-label="Comment"][aria-disabled="true"]',
    '[data-pagelet="FeedUnit_2"] [data-ad-rendering-role="story_message"]',
    '[aria-label="Thread composer"] [data-lexical-editor="true"][aria-label="Message"][aria-placeholder="Aa"]',
  ],
  'facebook-post': ['[role="dialog"] [role="article"] [data-lexical-editor="true"][aria-label="Comment as Brandtruc"]'],
  'facebook-messenger': ['[aria-label="Thread composer"] [data-lexical-editor="true"][aria-label="Message"]'],
  x: [
    '[data-testid="primaryColumn"] [data-testid="cellInnerDiv"] article[data-testid="tweet"] [data-testid="tweetText"][lang="fr"]',
    'article[data-testid="tweet"] [data-testid="User-Name"] a[href="/julie_mrtn"]',
    'article[data-testid="tweet"] a[href="/julie_mrtn/status/1"] time[datetime]',
    'article[data-testid="tweet"] [role="group"] button[data-testid="reply"]',
    '[data-testid="tweetTextarea_0RichTextInputContainer"] .DraftEditor-root .DraftEditor-editorContainer > ' +
      'div.public-DraftEditor-content[data-testid="tweetTextarea_0"][role="textbox"][contenteditable="true"][aria-label="Post text"] > ' +
      'div[data-contents="true"] > div[data-block="true"]',
    '.DraftEditor-root .public-DraftEditorPlaceholder-inner',
    'button[data-testid="tweetButtonInline"][aria-disabled="true"]',
  ],
  'x-home': ['[data-testid="tweetTextarea_0"][role="textbox"]', 'button[data-testid="tweetButtonInline"]'],
  'x-dm': ['textarea[data-testid="dm-composer-textarea"]', 'button[data-testid="dm-composer-send-button"]', '[data-testid="dm-message-list"]'],
  linkedin: [
    'main div[data-testid="mainFeed"] div[componentkey="expandedurn:li:activity:7301FeedType_MAIN_FEED_RELEVANCE"]',
    '[componentkey*="FeedType_MAIN_FEED_RELEVANCE"] button[aria-label="Open control menu for post by Brandtruc"]',
    '[componentkey*="FeedType_MAIN_FEED_RELEVANCE"] [data-testid="expandable-text-box"] button[data-testid="expandable-text-button"]',
    '[componentkey*="FeedType_MAIN_FEED_RELEVANCE"] button[aria-label^="Reaction button state: no reaction"]',
    '[componentkey*="FeedType_MAIN_FEED_RELEVANCE"] ~ div[componentkey^="commentBox-"] [data-testid="ui-core-tiptap-text-editor-wrapper"] ' +
      'div.tiptap.ProseMirror[contenteditable="true"][role="textbox"][aria-label="Text editor for creating comment"] p',
    '[componentkey="replaceableComment_urn:li:comment:(activity:7301,9101)"] [data-testid="expandable-text-box"]',
    'div#interop-outlet[data-testid="interop-shadowdom"]',
    'div.msg-overlay-conversation-bubble form.msg-form div.msg-form__contenteditable[contenteditable="true"][role="textbox"] p',
    'div.msg-overlay-conversation-bubble button.msg-form__send-btn[disabled]',
  ],
  'linkedin-legacy': [
    'div.feed-shared-update-v2[data-urn] .comments-comment-box__form .comments-comment-box-comment__text-editor .ql-container ' +
      '.ql-editor[contenteditable="true"][data-placeholder="Add a comment…"][aria-label="Text editor for creating content"]',
    'div.feed-shared-update-v2 button.comments-comment-box__submit-button--cr',
    'div.feed-shared-update-v2 article.comments-comment-entity.comments-comment-item .comments-comment-item__main-content',
    'div.feed-shared-update-v2 .update-components-text',
  ],
  'linkedin-messaging': ['.msg-entity-lockup__entity-title', '.msg-s-event-listitem__body', 'form.msg-form .msg-form__contenteditable[role="textbox"]'],
  'facebook-business-messenger': [
    '[data-thread-type="FB_MESSAGE"] [role="grid"] [role="row"] div[dir="auto"]',
    '[data-thread-type="FB_MESSAGE"] [data-lexical-editor="true"][aria-label="Reply in Messenger…"]',
    '[data-thread-type="FB_MESSAGE"] [role="button"][aria-label="Send"]',
  ],
  'facebook-business-comments': [
    '[data-thread-type="FB_COMMENT"] [role="article"] [role="article"][aria-label="Comment by Alice Martin"]',
    '[data-thread-type="FB_COMMENT"] [data-lexical-editor="true"][aria-label="Reply as Brandtruc…"]',
  ],
  'facebook-messenger-com': ['[aria-label="Thread composer"] [data-lexical-editor="true"][aria-label="Message"]'],
  'x-twitter': ['[data-testid="primaryColumn"] article[data-testid="tweet"] [data-testid="tweetText"]', '[data-testid="tweetTextarea_0"][role="textbox"]'],
  'x-pro': [
    '[data-testid="multi-column-layout"] section[role="region"] [data-testid="cellInnerDiv"] article[data-testid="tweet"]',
    '[data-testid="multi-column-layout"] section[role="region"] .DraftEditor-root [data-testid="tweetTextarea_0"][role="textbox"]',
  ],
  'linkedin-admin': [
    'main.li-admin button[aria-label="Commenting as Brandtruc"]',
    'main.li-admin [componentkey^="commentBox-"] [data-testid="ui-core-tiptap-text-editor-wrapper"] div.ProseMirror[contenteditable="true"]',
  ],
};

const ALL_PAGES = Object.keys(PAGE_HOSTS) as FixtureName[];

/** Boxes a user can reach on each page: an open post dialog covers the feed behind it, as on Facebook. */
const reachableBoxes = (name: FixtureName, ids: string[]) => (name === 'facebook-post' ? ids.filter((id) => id === 'fb-dialog-comment') : ids);

/** The extension APIs read inside the service worker (no @types/chrome here). */
type ExtensionGlobal = { chrome: { runtime: { id: string }; i18n: { getUILanguage(): string } } };

test('the extension service worker is running', async ({ serviceWorker, extensionId }) => {
  expect(serviceWorker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\//);
  expect(await serviceWorker.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.runtime.id)).toBe(extensionId);
});

for (const name of ALL_PAGES) {
  test(`${name}: loads under its real host over HTTPS with the platform-dom.md structure`, async ({ context }) => {
    const page = await openFixture(context, name);
    const location = await page.evaluate(() => ({ protocol: window.location.protocol, host: window.location.host, lang: document.documentElement.lang }));
    expect(location).toEqual({ protocol: 'https:', host: PAGE_HOSTS[name], lang: 'en' });
    for (const selector of STRUCTURE[name]) await expect(page.locator(selector).first(), selector).toBeAttached();
    expect(await page.evaluate(() => window.__fixture.errors)).toEqual([]);
  });

  test(`${name}: every box takes keyboard typing into its library state, sends by key and by button, and clears`, async ({ context }) => {
    const page = await openFixture(context, name);
    const all = await fixtureBoxes(page);
    const reachable = reachableBoxes(name, all.map((box) => box.id));
    const boxes = all.filter((box) => reachable.includes(box.id));
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) {
      await focusBoxEnd(page, box.id);
      await page.keyboard.type('Bonjour Léa, ça va ? 😀');
      await page.keyboard.press(box.newlineKey);
      await page.keyboard.type('Second line');
      await expect.poll(() => boxText(page, box.id), { message: box.id }).toBe('Bonjour Léa, ça va ? 😀\nSecond line');

      await page.keyboard.press(box.sendKey);
      await expect.poll(() => sentMessages(page).then((sent) => sent.at(-1))).toEqual({ box: box.id, text: 'Bonjour Léa, ça va ? 😀\nSecond line', via: 'key' });
      await expect.poll(() => boxText(page, box.id), { message: `${box.id} cleared` }).toBe('');

      const button = boxSendButton(page, box.id);
      await focusBoxEnd(page, box.id);
      await page.keyboard.type('Merci !');
      await expect.poll(() => boxText(page, box.id)).toBe('Merci !');
      if (box.id === 'fb-messenger-popup' || box.id === 'fb-messenger-thread' || box.id === 'messenger-com-thread') {
        await expect(button).toHaveCount(0);
        continue;
      }
      await button.click();
      await expect.poll(() => sentMessages(page).then((sent) => sent.at(-1))).toEqual({ box: box.id, text: 'Merci !', via: 'button' });
      await expect.poll(() => boxText(page, box.id)).toBe('');
    }
  });
}

test('send buttons follow the box content: disabled, hidden or aria-disabled while empty', async ({ context }) => {
  const facebook = await openFixture(context, 'facebook');
  const fbSubmit = facebook.locator('[data-fixture-box="fb-comment-post1"] #focused-state-composer-submit > div[role="button"]');
  await expect(fbSubmit).toHaveAttribute('aria-disabled', 'true');
  await focusBoxEnd(facebook, 'fb-comment-post1');
  await facebook.keyboard.type('a');
  await expect(fbSubmit).toHaveAttribute('aria-disabled', 'false');

  const linkedin = await openFixture(context, 'linkedin');
  const section = linkedin.locator('[componentkey^="commentBox-urn:li:activity:7301"] [componentkey*="commentButtonSection"] button');
  await expect(section).toHaveCount(0);
  await focusBoxEnd(linkedin, 'li-comment-post1');
  await linkedin.keyboard.type('a');
  await expect(section).toHaveText('Comment');
  await linkedin.keyboard.press('Backspace');
  await expect(section).toHaveCount(0);

  const x = await openFixture(context, 'x');
  await expect(x.locator('[data-testid="tweetButtonInline"]')).toBeDisabled();
  await focusBoxEnd(x, 'x-inline-reply');
  await x.keyboard.type('a');
  await expect(x.locator('[data-testid="tweetButtonInline"]')).toHaveAttribute('aria-disabled', 'false');
});

test('French page chrome: ?lang=fr switches aria-labels and placeholders to the French variants', async ({ context }) => {
  const facebook = await openFixture(context, 'facebook', { lang: 'fr' });
  expect(await facebook.evaluate(() => document.documentElement.lang)).toBe('fr');
  await expect(facebook.locator('[data-lexical-editor="true"][aria-label="Répondre à Alice Martin"]')).toBeAttached();
  await expect(facebook.locator('[data-lexical-editor="true"][aria-label="Commenter en tant que Brandtruc"]')).toBeAttached();
  await expect(facebook.locator('#focused-state-composer-submit > [aria-label="Commenter"]')).toBeAttached();
  await expect(facebook.getByRole('button', { name: 'Voir plus de commentaires' })).toBeVisible();

  const linkedin = await openFixture(context, 'linkedin', { lang: 'fr' });
  await expect(linkedin.locator('.ProseMirror[aria-label="Éditeur de texte pour créer un commentaire"]')).toBeAttached();
  const legacy = await openFixture(context, 'linkedin-legacy', { lang: 'fr' });
  await expect(legacy.locator('.ql-editor[data-placeholder="Ajouter un commentaire…"]')).toBeAttached();

  const x = await openFixture(context, 'x', { lang: 'fr' });
  await expect(x.locator('[data-testid="tweetTextarea_0"][aria-label="Texte du post"]')).toBeAttached();
  await expect(x.locator('.public-DraftEditorPlaceholder-inner')).toHaveText('Postez votre réponse');
});

for (const name of ['facebook', 'x', 'linkedin', 'linkedin-legacy'] as const) {
  test(`${name}: addReplyBoxes(50) appends 50 live reply boxes and removeBox removes one`, async ({ context }) => {
    const page = await openFixture(context, name);
    const before = (await fixtureBoxes(page)).length;
    const ids = await page.evaluate(() => window.__fixture.addReplyBoxes(50));
    expect(new Set(ids).size).toBe(50);
    expect((await fixtureBoxes(page)).length).toBe(before + 50);
    for (const id of [ids[0], ids[49]]) {
      await expect(boxEditable(page, id)).toBeAttached();
      const initial = await boxText(page, id);
      await focusBoxEnd(page, id);
      await page.keyboard.type('ok');
      await expect.poll(() => boxText(page, id)).toBe(`${initial}ok`);
    }
    await page.evaluate((id) => window.__fixture.removeBox(id), ids[10]);
    await expect(page.locator(`[data-fixture-box="${ids[10]}"]`)).toHaveCount(0);
    expect(await page.evaluate((id) => window.__fixture.hasBox(id), ids[10])).toBe(false);
    expect((await fixtureBoxes(page)).length).toBe(before + 49);
  });
}

test('facebook: "View more comments" loads a comment with its own reply box', async ({ context }) => {
  const page = await openFixture(context, 'facebook');
  await page.getByRole('button', { name: 'View more comments' }).click();
  const comment = page.locator('[role="article"][aria-label="Comment by Chloé Bernard"]');
  await expect(comment).toBeVisible();
  await expect(page.locator('[data-lexical-editor="true"][aria-label="Reply to Chloé Bernard"]')).toBeVisible();
  await focusBoxEnd(page, 'fb-reply-c103');
  await page.keyboard.type('Bonjour Chloé');
  await expect.poll(() => boxText(page, 'fb-reply-c103')).toBe('Bonjour Chloé');
});

test('facebook: the second card opens its post in a role=dialog with its own comment box', async ({ context }) => {
  const page = await openFixture(context, 'facebook');
  await page.locator('[data-pagelet="FeedUnit_2"]').getByRole('button', { name: 'Comment' }).click();
  const dialog = page.getByRole('dialog', { name: "Brandtruc's post" });
  await expect(dialog.locator('[data-ad-rendering-role="story_message"]')).toContainText('gourde');
  await expect(dialog.locator('[role="article"][aria-label="Comment by Marc Dubois"]')).toBeVisible();
  await focusBoxEnd(page, 'fb-dialog-comment');
  await page.keyboard.type('Merci Marc');
  await page.keyboard.press('Enter');
  await expect.poll(() => sentMessages(page).then((sent) => sent.at(-1)?.box)).toBe('fb-dialog-comment');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
});

test('x: the reply modal shows the original post, "Replying to @handle", a composer and tweetButton; posting closes it', async ({ context }) => {
  const page = await openFixture(context, 'x');
  await page.locator('[data-testid="cellInnerDiv"] article[data-testid="tweet"]').first().locator('[data-testid="reply"]').click();
  const dialog = page.locator('#layers [role="dialog"][aria-modal="true"]');
  await expect(dialog.locator('article[data-testid="tweet"] [data-testid="tweetText"]')).toContainText('BT-20931');
  await expect(dialog.getByText('Replying to')).toBeVisible();
  await expect(dialog.locator('a[href="/julie_mrtn"]').last()).toHaveText('@julie_mrtn');
  await expect(dialog.locator('[data-testid="tweetTextarea_0"]')).toBeFocused();
  await page.keyboard.type('Bonjour Julie');
  await dialog.locator('[data-testid="tweetButton"]').click();
  await expect.poll(() => sentMessages(page).then((sent) => sent.at(-1))).toEqual({ box: 'x-reply-modal', text: 'Bonjour Julie', via: 'button' });
  await expect(dialog).toHaveCount(0);
});

test('linkedin: the share composer is a Quill editor in the open shadow root of #interop-outlet', async ({ context }) => {
  const page = await openFixture(context, 'linkedin');
  await page.getByRole('button', { name: 'Start a post' }).click();
  const shadow = await page.evaluate(() => {
    const root = document.querySelector('#interop-outlet')?.shadowRoot;
    return { mode: root?.mode, editors: root?.querySelectorAll('.ql-editor[contenteditable="true"]').length, inDocument: document.querySelectorAll('.ql-editor').length };
  });
  expect(shadow).toEqual({ mode: 'open', editors: 1, inDocument: 0 });
  const post = page.locator('#interop-outlet [data-fixture-box="li-share"] button', { hasText: 'Post' });
  await expect(post).toBeDisabled();
  await focusBoxEnd(page, 'li-share');
  await page.keyboard.type('Nouvel entrepôt');
  await page.keyboard.press('Enter');
  await page.keyboard.type('à Lyon');
  await expect.poll(() => boxText(page, 'li-share')).toBe('Nouvel entrepôt\nà Lyon');
  await post.click();
  await expect.poll(() => sentMessages(page).then((sent) => sent.at(-1)?.text)).toBe('Nouvel entrepôt\nà Lyon');
});

test('linkedin: Reply (no aria-label) opens a reply box pre-filled with the commenter name; "…more" expands the post', async ({ context }) => {
  const page = await openFixture(context, 'linkedin');
  const comment = page.locator('[componentkey="replaceableComment_urn:li:comment:(activity:7301,9101)"]');
  const reply = comment.getByRole('button', { name: 'Reply', exact: true });
  expect(await reply.getAttribute('aria-label')).toBeNull();
  await reply.click();
  await expect.poll(() => boxText(page, 'li-reply-c9101')).toBe('Alice Smith ');
  await expect(comment.locator('[componentkey^="commentBox-"] .ProseMirror[role="textbox"]')).toBeFocused();
  await page.keyboard.type('merci pour votre message');
  await expect.poll(() => boxText(page, 'li-reply-c9101')).toBe('Alice Smith merci pour votre message');

  const more = page.locator('[componentkey*="FeedType_MAIN_FEED_RELEVANCE"] [data-testid="expandable-text-button"]');
  await more.click();
  await expect(more).toHaveCount(0);
});
