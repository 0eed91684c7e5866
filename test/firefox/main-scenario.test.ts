// The main scenario in a real Firefox (firefox-esr, headless, over WebDriver BiDi) with the Firefox build installed: on the
// reply box under each fixture site's after-sales complaint, a draft that breaks the charter is underlined and counted, the
// popup shows the SAV path with its SLA and replaces the draft with approved phrasing; a clean draft shows nothing.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { FixtureName } from '../e2e/fixture-pages';
import { allHighlightTexts, highlightTexts, visibleBadges } from '../e2e/overlay-probe';
import { ensureFixtureServer, type FixtureServerProcess } from '../fixtures/server-process.mjs';
import { activeBoxOf, loadDemoCharter, openPopupFor, tabIdOf } from './extension-pages';
import { asEvaluateOnlyPage, boxText, FIXTURE_HOSTS, focusBoxEnd, openFixture } from './fixture-tabs';
import { startFixtureProxy, type FixtureProxy } from './fixture-proxy';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox-with-extension';

const FIXTURE_PORT = Number(process.env.FIXTURE_HTTPS_PORT ?? 8443);
const SCREENSHOT_DIR = 'test-results/screenshots';
/** Promises a refund (out of perimeter), gives a date (out of perimeter) and stacks exclamation marks (over-marketing). */
const BREAKING_DRAFT = 'On vous rembourse demain !!!';
const CLEAN_DRAFT = 'Merci pour votre message, belle journée à vous.';
const BRANDTRUC = JSON.parse(readFileSync('charters/brandtruc.json', 'utf8')) as { phrasings: { id: string; text: string }[] };
const FR_1_1 = BRANDTRUC.phrasings.find((phrasing) => phrasing.id === 'FR 1.1')!.text;

interface ComplaintBox {
  name: string;
  page: FixtureName;
  box: string;
  /** Puts the caret at the end of the reply box that answers the after-sales complaint. */
  focus(page: Page): Promise<void>;
  /** What the box holds once opened (LinkedIn pre-fills a mention of the commenter). */
  prefill: string;
  /**
   * Whether "replace the draft" works there in Firefox. Known gap: Draft.js and Quill take the synthetic paste but keep
   * their own idea of the selection, so in Firefox the phrasing landed after the old draft (Draft.js) or emptied the box
   * (Quill). Gardefou refuses to insert there (lib/page/editors/insert-text.ts notInFirefox) and the popup offers the clipboard;
   * Chromium replaces correctly (test/e2e/editors.spec.ts).
   */
  replacesInFirefox: boolean;
}

const COMPLAINT_BOXES: ComplaintBox[] = [
  { name: 'Facebook (Lexical)', page: 'facebook', box: 'fb-reply-c101', focus: (page) => focusBoxEnd(page, 'fb-reply-c101'), prefill: '', replacesInFirefox: true },
  { name: 'X (Draft.js)', page: 'x', box: 'x-inline-reply', focus: (page) => focusBoxEnd(page, 'x-inline-reply'), prefill: '', replacesInFirefox: false },
  {
    name: 'LinkedIn (TipTap/ProseMirror)',
    page: 'linkedin',
    box: 'li-reply-c9101',
    focus: async (page) => {
      await page.click('[componentkey="replaceableComment_urn:li:comment:(activity:7301,9101)"] button::-p-text(Reply)');
      await expect.poll(() => boxText(page, 'li-reply-c9101')).toBe('Alice Smith ');
      await focusBoxEnd(page, 'li-reply-c9101');
    },
    prefill: 'Alice Smith ',
    replacesInFirefox: true,
  },
  {
    name: 'LinkedIn legacy (Quill)',
    page: 'linkedin-legacy',
    box: 'li-legacy-reply-c9201',
    focus: async (page) => {
      await page.click('button[aria-label="Reply to Emily Walker’s comment"]');
      await focusBoxEnd(page, 'li-legacy-reply-c9201');
    },
    prefill: '',
    replacesInFirefox: false,
  },
];

let server: FixtureServerProcess | undefined;
let proxy: FixtureProxy | undefined;
let firefox: FirefoxWithExtension;
/** An extension page kept open to talk to content scripts as the popup does. */
let extensionPage: Page;
let charterName: string;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  server = await ensureFixtureServer(FIXTURE_PORT, { stdio: 'ignore' });
  proxy = await startFixtureProxy(FIXTURE_HOSTS, FIXTURE_PORT);
  firefox = await launchFirefoxWithExtension({ proxyPort: proxy.port });
  extensionPage = await firefox.openExtensionPage('options.html');
  // The overlay's shadow root is closed; the page probes read it through the diagnostics switch that only the extension's
  // own contexts can set (lib/page/overlay/overlay-diagnostics.ts), before any fixture page starts its content script.
  await extensionPage.evaluate(() =>
    (globalThis as unknown as { browser: { storage: { local: { set(v: object): Promise<void> } } } }).browser.storage.local.set({ diagnosticsOpenOverlay: true }),
  );
  charterName = await loadDemoCharter(firefox);
});

afterAll(async () => {
  await firefox?.close();
  await proxy?.close();
  await server?.stop();
});

// Each test opens its own tabs; only the extension page and Firefox's first tab stay.
afterEach(async () => {
  const [firstTab] = await firefox.browser.pages();
  for (const page of await firefox.browser.pages()) if (page !== firstTab && page !== extensionPage) await page.close();
});

/** Types into the complaint's reply box and waits until the editor library holds the whole draft. */
async function typeReply(target: ComplaintBox, text: string): Promise<Page> {
  const page = await openFixture(firefox.browser, target.page);
  await target.focus(page);
  await page.keyboard.type(text);
  await expect.poll(() => boxText(page, target.box)).toBe(target.prefill + text);
  return page;
}

async function textOf(page: Page, selector: string): Promise<string> {
  const element = await page.waitForSelector(selector, { visible: true });
  return (await element?.evaluate((node) => node.textContent ?? '')) ?? '';
}

test('Firefox installs the build as a temporary add-on under its gecko id, and its options page loads the demo charter', () => {
  expect(firefox.addonId).toBe('gardefou@gardefou.app');
  expect(charterName).toBe('Brandtruc');
});

for (const target of COMPLAINT_BOXES) {
  describe(target.name, () => {
    test('a draft that breaks the charter is underlined and counted; the popup shows the SAV path and replaces the draft with FR 1.1 (where Firefox cannot, it keeps the draft and offers the clipboard)', async () => {
      const page = await typeReply(target, BREAKING_DRAFT);
      const probe = asEvaluateOnlyPage(page);
      const state = await activeBoxOf(extensionPage, page);
      if (!state) throw new Error('the content script reports no active box');
      expect(state.paths.map((path) => path.category)).toContain('sav');
      expect(state.findings.map((finding) => finding.category)).toEqual(expect.arrayContaining(['out_of_perimeter', 'overmarketing']));

      // Firefox 153 has the CSS Custom Highlight API: the underlines are ranges over the editor's own text nodes.
      const highlights = await highlightTexts(probe);
      expect(highlights.error).toEqual(expect.arrayContaining([expect.stringContaining('rembourse'), expect.stringContaining('demain')]));
      expect(highlights.warning).toContain('!!!');
      const draft = target.prefill + BREAKING_DRAFT;
      const inline = state.findings.filter((finding) => !finding.wholeDraft);
      expect((await allHighlightTexts(probe)).sort()).toEqual(inline.map((finding) => draft.slice(finding.start, finding.end)).sort());
      expect(await visibleBadges(probe)).toEqual([
        expect.objectContaining({ box: state.boxId, count: String(state.findings.length), severity: 'error', mode: 'normal' }),
      ]);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/firefox-${target.page}.png` });

      const popup = await openPopupFor(firefox, await tabIdOf(extensionPage, page));
      expect(await textOf(popup, '[data-testid="path-card"][data-path="sav"] [data-testid="path-sla"]')).toContain('within 1 business hour');
      expect(await textOf(popup, '[data-testid="box-visibility"]')).toBe('Public reply');
      await popup.waitForSelector('[data-testid="findings"] [data-severity="error"] [data-testid="finding"]', { visible: true });
      await popup.screenshot({ path: `${SCREENSHOT_DIR}/firefox-${target.page}-popup.png` });

      // The insertion crosses Firefox's content-script boundary: a synthetic paste the page's editor library must accept.
      if (!(await popup.$eval('[data-testid="phrasing-lang-fr"]', (toggle) => (toggle as HTMLInputElement).checked))) {
        await popup.click('[data-testid="phrasing-lang-fr"]');
      }
      await popup.click('[role="option"][data-phrasing="FR 1.1"]');
      await popup.waitForSelector('[data-testid="phrasing-detail"][data-phrasing="FR 1.1"]');
      await popup.click('[data-testid="insert-replace"]');
      const settled = await popup.waitForSelector('[data-testid="action-status"]:is([data-status="inserted"], [data-status="insert-failed"])');
      const status = await settled!.evaluate((node) => (node as HTMLElement).dataset.status);
      if (target.replacesInFirefox) {
        expect(status).toBe('inserted');
        await expect.poll(() => boxText(page, target.box)).toBe(FR_1_1);
        await popup.waitForSelector('[data-testid="findings-clean"]', { visible: true });
      } else {
        // The known gap: the draft is left exactly as the CM wrote it, and the popup offers the clipboard instead.
        expect(status).toBe('insert-failed');
        await popup.waitForSelector('[data-testid="copy-fallback"]', { visible: true });
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect(await boxText(page, target.box)).toBe(target.prefill + BREAKING_DRAFT);
      }
    });

    test('a clean draft shows no underline and no count, in the page or in the popup', async () => {
      const page = await typeReply(target, CLEAN_DRAFT);
      const probe = asEvaluateOnlyPage(page);
      // The badge appears once the draft is checked; it stays neutral.
      await expect.poll(() => visibleBadges(probe)).toEqual([expect.objectContaining({ count: '0', severity: 'none' })]);
      expect(await allHighlightTexts(probe)).toEqual([]);
      const state = await activeBoxOf(extensionPage, page);
      expect(state?.findings).toEqual([]);

      const popup = await openPopupFor(firefox, await tabIdOf(extensionPage, page));
      await popup.waitForSelector('[data-testid="findings-clean"]', { visible: true });
      expect(await popup.$$('[data-testid="findings"] [data-testid="finding"]')).toHaveLength(0);
    });
  });
}
