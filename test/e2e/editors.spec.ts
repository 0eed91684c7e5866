// lib/page/editors adapters against the real editor libraries on the fixture pages: reading, offset mapping, insertion, undo, observation.
// The adapters run from a page-injected bundle here; in the product they run in the content script's isolated world, where DOM
// events behave the same.
import type { Page } from '@playwright/test';
import type { EditorKind } from '../../lib/page/editors/types';
import type { InsertMode } from '../../lib/shared/messaging/reply-box';
import { boxText, expect, focusBoxEnd, injectEditorsUnderTest, openFixture, test, type FixtureName, type FixtureOptions } from './harness';

interface EditorFamily {
  family: string;
  page: FixtureName;
  options?: FixtureOptions;
  box: string;
  kind: EditorKind;
  /** The key that starts a new line without sending. */
  newlineKey: 'Enter' | 'Shift+Enter';
  /** A synthetic paste reaches the editor's own handler (plain contenteditables and textareas have none). */
  takesPaste: boolean;
}

const FAMILIES: EditorFamily[] = [
  { family: 'Lexical (Facebook)', page: 'facebook', box: 'fb-reply-c101', kind: 'lexical', newlineKey: 'Shift+Enter', takesPaste: true },
  { family: 'Draft.js (X)', page: 'x', box: 'x-inline-reply', kind: 'draft', newlineKey: 'Enter', takesPaste: true },
  { family: 'ProseMirror/TipTap (LinkedIn)', page: 'linkedin', box: 'li-comment-post1', kind: 'prosemirror', newlineKey: 'Enter', takesPaste: true },
  { family: 'Quill legacy (LinkedIn)', page: 'linkedin-legacy', box: 'li-legacy-comment-post1', kind: 'quill', newlineKey: 'Enter', takesPaste: true },
  {
    family: 'Quill in an open shadow root (LinkedIn share)',
    page: 'linkedin',
    options: { query: { share: '1' } },
    box: 'li-share',
    kind: 'quill',
    newlineKey: 'Enter',
    takesPaste: true,
  },
  { family: 'textarea (X DM)', page: 'x-dm', box: 'x-dm', kind: 'textarea', newlineKey: 'Shift+Enter', takesPaste: false },
  { family: 'plain contenteditable (LinkedIn messaging)', page: 'linkedin-messaging', box: 'li-msg-thread', kind: 'contenteditable', newlineKey: 'Shift+Enter', takesPaste: false },
];

// Longer than every library's undo grouping delay (Quill merges edits within 1 s), so the insert gets its own undo step.
const UNDO_GROUP_GAP_MS = 1_100;

async function openBox(context: Parameters<typeof openFixture>[0], family: EditorFamily): Promise<Page> {
  const page = await openFixture(context, family.page, family.options);
  await injectEditorsUnderTest(page);
  return page;
}

const adapterText = (page: Page, box: string) => page.evaluate((id) => window.__editorsUnderTest.readText(id), box);
const insert = (page: Page, box: string, text: string, mode: InsertMode) =>
  page.evaluate(({ id, text, mode }) => window.__editorsUnderTest.insert(id, text, mode), { id: box, text, mode });

/** Library text and adapter text must agree; returns the library text. */
async function agreedText(page: Page, box: string): Promise<string> {
  const library = await boxText(page, box);
  expect(await adapterText(page, box), 'adapter readText() vs library state').toBe(library);
  return library;
}

/** Presses Ctrl+Z until the library text equals `expected` (undo groups differ per library); fails after five presses. */
async function undoUntil(page: Page, box: string, expected: string): Promise<number> {
  for (let presses = 1; presses <= 5; presses++) {
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(60);
    if ((await boxText(page, box)) === expected) return presses;
  }
  throw new Error(`Ctrl+Z never restored ${JSON.stringify(expected)}; library text is ${JSON.stringify(await boxText(page, box))}`);
}

/** Types "Hello world" and leaves a gap so the next edit starts a new undo group. */
async function typeHelloWorld(page: Page, box: string): Promise<void> {
  await focusBoxEnd(page, box);
  await page.keyboard.type('Hello world');
  await expect.poll(() => boxText(page, box)).toBe('Hello world');
  await page.waitForTimeout(UNDO_GROUP_GAP_MS);
}

for (const family of FAMILIES) {
  test.describe(family.family, () => {
    test('adapterFor() picks the family and readText() equals the library state while typing', async ({ context }) => {
      const page = await openBox(context, family);
      expect(await page.evaluate((id) => window.__editorsUnderTest.kindOf(id), family.box)).toBe(family.kind);
      expect(await agreedText(page, family.box)).toBe('');

      await focusBoxEnd(page, family.box);
      await page.keyboard.type('Héllo ça va ? Œuvre à Noël 😀👍🏽 ok');
      await expect.poll(() => boxText(page, family.box)).toBe('Héllo ça va ? Œuvre à Noël 😀👍🏽 ok');
      await agreedText(page, family.box);

      await page.keyboard.press(family.newlineKey);
      await page.keyboard.type('Deuxième ligne');
      await page.keyboard.press(family.newlineKey);
      await page.keyboard.press(family.newlineKey);
      await page.keyboard.type('après une ligne vide');
      await expect.poll(() => boxText(page, family.box)).toBe('Héllo ça va ? Œuvre à Noël 😀👍🏽 ok\nDeuxième ligne\n\naprès une ligne vide');
      await agreedText(page, family.box);

      await page.keyboard.press('Backspace');
      await page.keyboard.press(family.newlineKey);
      await expect.poll(() => boxText(page, family.box)).toBe('Héllo ça va ? Œuvre à Noël 😀👍🏽 ok\nDeuxième ligne\n\naprès une ligne vid\n');
      await agreedText(page, family.box);
    });

    test('a Shift+Enter line break (Lexical line break, Draft soft newline, TipTap hard break, <br>) reads as one newline', async ({ context }) => {
      const page = await openBox(context, family);
      await focusBoxEnd(page, family.box);
      await page.keyboard.type('un');
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type('deux');
      await page.keyboard.press('Shift+Enter');
      await expect.poll(() => boxText(page, family.box)).toBe('un\ndeux\n');
      await agreedText(page, family.box);
      const pieces = await page.evaluate((id) => window.__editorsUnderTest.rangeStrings(id, 1, 5), family.box);
      if (family.kind !== 'textarea') expect(pieces.join('|').replace(/\n/g, '|')).toBe('n|de');
    });

    test('rangesFor()/rectsFor() map spans within a line, after emoji and across lines', async ({ context }) => {
      const page = await openBox(context, family);
      await focusBoxEnd(page, family.box);
      await page.keyboard.type('Héllo 😀 monde');
      await page.keyboard.press(family.newlineKey);
      await page.keyboard.type('Deuxième ligne');
      const text = await agreedText(page, family.box);
      expect(text).toBe('Héllo 😀 monde\nDeuxième ligne');

      const spans: Array<[number, number]> = [
        [0, 5],
        [text.indexOf('monde'), text.indexOf('monde') + 5],
        [text.indexOf('😀'), text.indexOf('😀') + 2],
        [text.indexOf('monde'), text.indexOf('ligne')],
        [0, text.length],
      ];
      for (const [start, end] of spans) {
        const slice = text.slice(start, end);
        const pieces = await page.evaluate(({ id, start, end }) => window.__editorsUnderTest.rangeStrings(id, start, end), { id: family.box, start, end });
        const rects = await page.evaluate(({ id, start, end }) => window.__editorsUnderTest.rectCount(id, start, end), { id: family.box, start, end });
        expect(rects, `rects for ${JSON.stringify(slice)}`).toBeGreaterThanOrEqual(slice.split('\n').length);
        if (family.kind === 'textarea') {
          expect(pieces, 'a textarea has no DOM ranges').toEqual([]);
          continue;
        }
        // One Range per line piece: each piece's toString() is that line's slice.
        expect(pieces, `ranges for ${JSON.stringify(slice)}`).toEqual(slice.split('\n').filter((line) => line !== ''));
      }

      const outOfBounds = await page.evaluate(({ id, length }) => window.__editorsUnderTest.rangeStrings(id, 3, length + 5), { id: family.box, length: text.length });
      expect(outOfBounds).toEqual([]);
      const staleAfterChange = await page.evaluate(async (id) => {
        const adapter = window.__editorsUnderTest.forBox(id);
        adapter.readText();
        window.__fixture.setText(id, 'Texte changé par la page');
        await new Promise((resolve) => setTimeout(resolve, 50));
        return { ranges: adapter.rangesFor(0, 5).length, rects: adapter.rectsFor(0, 5).length };
      }, family.box);
      expect(staleAfterChange, 'offsets of an older read map to nothing').toEqual({ ranges: 0, rects: 0 });
    });

    const INSERTS: Array<{ title: string; mode: InsertMode; caretLeft: number; text: string; expected: string; afterTyping: string }> = [
      { title: 'replace, one line', mode: 'replace', caretLeft: 0, text: 'Bonjour à vous 😀', expected: 'Bonjour à vous 😀', afterTyping: 'Bonjour à vous 😀!' },
      { title: 'replace, several lines', mode: 'replace', caretLeft: 0, text: 'Ligne une\nLigne deux', expected: 'Ligne une\nLigne deux', afterTyping: 'Ligne une\nLigne deux!' },
      { title: 'caret, one line', mode: 'caret', caretLeft: 6, text: ', cher client', expected: 'Hello, cher client world', afterTyping: 'Hello, cher client! world' },
      { title: 'caret, several lines', mode: 'caret', caretLeft: 6, text: ' A\nB', expected: 'Hello A\nB world', afterTyping: 'Hello A\nB! world' },
    ];
    for (const step of INSERTS) {
      test(`insert(${step.title}) lands in the library state, typing continues after it, Ctrl+Z undoes it`, async ({ context }) => {
        const page = await openBox(context, family);
        await typeHelloWorld(page, family.box);
        for (let i = 0; i < step.caretLeft; i++) await page.keyboard.press('ArrowLeft');

        expect(await insert(page, family.box, step.text, step.mode)).toBe(true);
        await expect.poll(() => boxText(page, family.box)).toBe(step.expected);
        await agreedText(page, family.box);

        await page.keyboard.type('!');
        await expect.poll(() => boxText(page, family.box)).toBe(step.afterTyping);
        await agreedText(page, family.box);

        await undoUntil(page, family.box, 'Hello world');
      });
    }

    test('insert(caret) appends at the end when the selection is outside the editor', async ({ context }) => {
      const page = await openBox(context, family);
      await typeHelloWorld(page, family.box);
      await page.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        getSelection()?.removeAllRanges();
      });
      expect(await insert(page, family.box, ' — merci', 'caret')).toBe(true);
      await expect.poll(() => boxText(page, family.box)).toBe('Hello world — merci');
      await agreedText(page, family.box);
    });

    test('observe() fires on typing, paste and programmatic changes, and stops after dispose', async ({ context }) => {
      const page = await openBox(context, family);
      const changes = () => page.evaluate((id) => window.__editorsUnderTest.changesSeen(id), family.box);
      await page.evaluate((id) => window.__editorsUnderTest.startObserving(id), family.box);
      await focusBoxEnd(page, family.box);

      await page.keyboard.type('abc');
      await expect.poll(changes, 'typing').toBeGreaterThan(0);

      let seen = await changes();
      if (family.takesPaste) {
        await page.evaluate((id) => {
          const data = new DataTransfer();
          data.setData('text/plain', ' collé');
          const editable = window.__editorsUnderTest.forBox(id).root;
          editable.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        }, family.box);
        await expect.poll(() => boxText(page, family.box)).toBe('abc collé');
        await expect.poll(changes, 'paste').toBeGreaterThan(seen);
        seen = await changes();
      }

      expect(await insert(page, family.box, ' inséré', 'caret')).toBe(true);
      await expect.poll(changes, 'adapter insert').toBeGreaterThan(seen);
      seen = await changes();

      await page.evaluate((id) => window.__fixture.setText(id, 'remplacé par la page'), family.box);
      await expect.poll(() => boxText(page, family.box)).toBe('remplacé par la page');
      await expect.poll(changes, 'programmatic change through the library API').toBeGreaterThan(seen);

      await page.evaluate((id) => window.__editorsUnderTest.stopObserving(id), family.box);
      const final = await changes();
      await page.keyboard.type('xyz');
      await page.evaluate((id) => window.__fixture.setText(id, 'après dispose'), family.box);
      await expect.poll(() => boxText(page, family.box)).toBe('après dispose');
      await page.waitForTimeout(400);
      expect(await changes(), 'no callback after dispose').toBe(final);
    });
  });
}

test('adapterFor() resolves wrappers and inner nodes to the editable root', async ({ context }) => {
  const facebook = await openFixture(context, 'facebook');
  await injectEditorsUnderTest(facebook);
  const kinds = await facebook.evaluate(() => {
    const editors = window.__editorsUnderTest;
    const messenger = document.querySelector<HTMLElement>('[aria-label="Thread composer"]')!;
    const paragraph = document.querySelector<HTMLElement>('[aria-label="Reply to Alice Martin"] p')!;
    return {
      messengerWrapper: editors.adapterFor(messenger).kind,
      innerParagraph: editors.adapterFor(paragraph).kind,
      innerRootIsEditable: editors.adapterFor(paragraph).root.getAttribute('aria-label'),
    };
  });
  expect(kinds).toEqual({ messengerWrapper: 'lexical', innerParagraph: 'lexical', innerRootIsEditable: 'Reply to Alice Martin' });

  const x = await openFixture(context, 'x');
  await injectEditorsUnderTest(x);
  expect(await x.evaluate(() => window.__editorsUnderTest.adapterFor(document.querySelector<HTMLElement>('.DraftEditor-root')!).kind)).toBe('draft');
});
