// The inline overlay on every fixture editor, with the Brandtruc charter loaded through the background's own message:
// underlines on the right spans, the badge's count and colour, the card, and an editor left exactly as its library has it.
import type { Page } from '@playwright/test';
import { boxText, expect, openFixture, test, typeInto, type FixtureName, type FixtureOptions } from './harness';
import {
  activeBoxOf,
  allHighlightTexts,
  badgeOf,
  cardOf,
  editorHoldsOverlay,
  highlightTexts,
  spanCenter,
  spanMarkCount,
  useDemoCharter,
  visibleBadges,
} from './overlay-probe';

interface EditorCase {
  family: string;
  page: FixtureName;
  options?: FixtureOptions;
  box: string;
  /** Textareas have no text nodes for the Highlight API: their underlines are positioned boxes. */
  painter: 'highlights' | 'boxes';
  /** Screenshot file name under test-results/screenshots/. */
  shot: string;
}

const EDITORS: EditorCase[] = [
  { family: 'Facebook comment (Lexical)', page: 'facebook', box: 'fb-comment-post1', painter: 'highlights', shot: 'facebook-lexical' },
  { family: 'Messenger (Lexical)', page: 'facebook-messenger', box: 'fb-messenger-thread', painter: 'highlights', shot: 'facebook-messenger' },
  { family: 'X reply (Draft.js)', page: 'x', box: 'x-inline-reply', painter: 'highlights', shot: 'x-draft' },
  { family: 'X DM (textarea)', page: 'x-dm', box: 'x-dm', painter: 'boxes', shot: 'x-dm-textarea' },
  { family: 'LinkedIn comment (TipTap/ProseMirror)', page: 'linkedin', box: 'li-comment-post1', painter: 'highlights', shot: 'linkedin-tiptap' },
  { family: 'LinkedIn legacy comment (Quill)', page: 'linkedin-legacy', box: 'li-legacy-comment-post1', painter: 'highlights', shot: 'linkedin-legacy-quill' },
  {
    family: 'LinkedIn share composer (Quill in an open shadow root)',
    page: 'linkedin',
    options: { query: { share: '1' } },
    box: 'li-share',
    painter: 'highlights',
    shot: 'linkedin-share-shadow-quill',
  },
  { family: 'LinkedIn messaging (plain contenteditable)', page: 'linkedin-messaging', box: 'li-msg-thread', painter: 'highlights', shot: 'linkedin-messaging' },
];

/** Promises a refund (out of perimeter), gives a date (out of perimeter) and stacks exclamation marks (over-marketing). */
const BREAKING_DRAFT = 'On vous rembourse demain !!!';
const CLEAN_DRAFT = 'Merci pour votre message, belle journée à vous.';
const EMAIL_DRAFT = 'Vous pouvez écrire à julie.durand@example.com pour la suite.';

test.beforeAll(useDemoCharter);


/** Presses Ctrl+Z until the library text is empty (undo groups differ per library; native fields may undo key by key). */
async function undoToEmpty(page: Page, box: string): Promise<void> {
  for (let presses = 0; presses < BREAKING_DRAFT.length + 5 && (await boxText(page, box)) !== ''; presses++) {
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(50);
  }
  expect(await boxText(page, box), 'undo with the overlay running').toBe('');
}

for (const editor of EDITORS) {
  test.describe(editor.family, () => {
    test('a draft that breaks the charter is underlined and counted on the next frame', async ({ context, serviceWorker }) => {
      const page = await openFixture(context, editor.page, editor.options);
      await typeInto(page, editor.box, BREAKING_DRAFT);
      // Read inside the first animation frame after the last keystroke, without waiting or polling.
      const highlights = await highlightTexts(page, { atNextFrame: true });
      const state = await activeBoxOf(serviceWorker, page);
      if (!state) throw new Error('the content script reports no active box');
      const inline = state.findings.filter((finding) => !finding.wholeDraft);
      if (editor.painter === 'highlights') {
        expect(highlights.error).toEqual(expect.arrayContaining([expect.stringContaining('rembourse'), expect.stringContaining('demain')]));
        expect(highlights.warning).toContain('!!!');
        // Every inline finding has its range, over exactly the finding's span of the draft.
        expect([...highlights.error, ...highlights.warning, ...highlights.info].sort()).toEqual(
          inline.map((finding) => BREAKING_DRAFT.slice(finding.start, finding.end)).sort(),
        );
      } else {
        expect(await allHighlightTexts(page)).toEqual([]);
        expect(await spanMarkCount(page, state.boxId)).toBeGreaterThanOrEqual(inline.length);
      }
      expect(await visibleBadges(page)).toEqual([
        expect.objectContaining({ box: state.boxId, count: String(state.findings.length), severity: 'error', mode: 'normal' }),
      ]);
      expect(state.findings.map((finding) => finding.category)).toEqual(expect.arrayContaining(['out_of_perimeter', 'overmarketing']));

      // The overlay lives beside the editor: the library's own text is what was typed, and the editor's DOM holds nothing of Gardefou.
      expect(await boxText(page, editor.box)).toBe(BREAKING_DRAFT);
      expect(await editorHoldsOverlay(page, editor.box)).toBe(false);

      await badgeOf(page, state.boxId).hover();
      await expect(cardOf(page, state.boxId).locator('.finding')).toHaveCount(state.findings.length);
      await page.screenshot({ path: `test-results/screenshots/${editor.shot}.png` });
    });

    test('undo still works under the overlay, and the emptied box shows nothing once left', async ({ context, serviceWorker }) => {
      const page = await openFixture(context, editor.page, editor.options);
      await typeInto(page, editor.box, BREAKING_DRAFT);
      const state = await activeBoxOf(serviceWorker, page);
      await expect.poll(() => visibleBadges(page)).toHaveLength(1);
      await undoToEmpty(page, editor.box);
      await expect.poll(() => allHighlightTexts(page)).toEqual([]);
      // Still focused: a neutral badge at most, never a count.
      expect(await visibleBadges(page)).toEqual([expect.objectContaining({ box: state?.boxId, count: '0', severity: 'none' })]);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await expect.poll(() => visibleBadges(page)).toEqual([]);
    });
  });
}

test.describe('what the charter calls for', () => {
  test('a clean draft shows no underline and no count', async ({ context }) => {
    for (const [name, box] of [
      ['facebook', 'fb-comment-post1'],
      ['x', 'x-inline-reply'],
      ['linkedin', 'li-comment-post1'],
    ] as const) {
      const page = await openFixture(context, name);
      await typeInto(page, box, CLEAN_DRAFT);
      expect(await allHighlightTexts(page), `${name}: highlights`).toEqual([]);
      const badges = await visibleBadges(page);
      expect(badges.map((badge) => badge.count), `${name}: badge counts`).toEqual(['0']);
      expect(badges.map((badge) => badge.severity)).toEqual(['none']);
      await page.close();
    }
  });

  test('replying to the French after-sales complaint shows the SAV path, its team and its SLA', async ({ context, serviceWorker }) => {
    const page = await openFixture(context, 'facebook');
    await typeInto(page, 'fb-reply-c101', 'Bonjour Alice, nous regardons cela.');
    const state = await activeBoxOf(serviceWorker, page);
    if (!state) throw new Error('no active box');
    expect(state.paths.map((path) => path.category)).toContain('sav');
    expect(state.variables).toMatchObject({ prénom: 'Alice', first_name: 'Alice' });

    await badgeOf(page, state.boxId).hover();
    const path = cardOf(page, state.boxId).locator('.path[data-category="sav"]');
    await expect(path).toContainText('Customer service (after-sales)');
    await expect(path).toContainText('Team: Customer service');
    await expect(path).toContainText('Deadline:');
    await page.screenshot({ path: 'test-results/screenshots/facebook-sav-path.png' });
  });

  test('hovering an underlined span shows that finding with its clause and suggested wording', async ({ context, serviceWorker }) => {
    const page = await openFixture(context, 'facebook');
    await typeInto(page, 'fb-reply-c101', BREAKING_DRAFT);
    const state = await activeBoxOf(serviceWorker, page);
    if (!state) throw new Error('no active box');
    const refund = state.findings.find((finding) => BREAKING_DRAFT.slice(finding.start, finding.end).includes('rembourse'));
    if (!refund) throw new Error('no finding over "rembourse"');
    const spanBox = await spanCenter(page, 'fb-reply-c101', refund.start, refund.end);
    await page.mouse.move(spanBox.x, spanBox.y);
    const card = cardOf(page, state.boxId);
    await expect(card).toHaveAttribute('data-source', 'span');
    await expect(card.locator('.finding')).toHaveCount(1);
    await expect(card.locator('.finding')).toHaveAttribute('data-rule', refund.ruleId);
    await expect(card.locator('.finding-message')).toHaveText(refund.message);
    if (refund.clause) await expect(card.locator('.finding-meta')).toHaveText(refund.clause);
    if (refund.replacement) await expect(card.locator('.finding-replacement')).toContainText(refund.replacement);
    await expect(card.locator('.path[data-category="sav"]')).toHaveCount(1);
    await page.screenshot({ path: 'test-results/screenshots/facebook-span-card.png' });
    await page.mouse.move(5, 5);
    await expect(card).toHaveCount(0);
  });

  const PRIVACY_PAIRS = [
    { platform: 'Facebook', public: ['facebook', 'fb-comment-post1'], dm: ['facebook-messenger', 'fb-messenger-thread'] },
    { platform: 'X', public: ['x', 'x-inline-reply'], dm: ['x-dm', 'x-dm'] },
    { platform: 'LinkedIn', public: ['linkedin', 'li-comment-post1'], dm: ['linkedin-messaging', 'li-msg-thread'] },
  ] as const;
  for (const pair of PRIVACY_PAIRS) {
    test(`${pair.platform}: an email address is personal data in a public comment, not in a DM`, async ({ context, serviceWorker }) => {
      const publicPage = await openFixture(context, pair.public[0]);
      await typeInto(publicPage, pair.public[1], EMAIL_DRAFT);
      const publicState = await activeBoxOf(serviceWorker, publicPage);
      expect(publicState?.isPublic).toBe(true);
      expect(publicState?.findings.map((finding) => finding.category)).toContain('private_data');
      expect((await highlightTexts(publicPage)).error).toContain('julie.durand@example.com');
      await publicPage.close();

      const dmPage = await openFixture(context, pair.dm[0]);
      await typeInto(dmPage, pair.dm[1], EMAIL_DRAFT);
      const dmState = await activeBoxOf(serviceWorker, dmPage);
      expect(dmState?.isPublic).toBe(false);
      expect(dmState?.findings.map((finding) => finding.category)).not.toContain('private_data');
      expect(await allHighlightTexts(dmPage)).not.toContain('julie.durand@example.com');
    });
  }
});
