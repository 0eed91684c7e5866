// A charter whose texts carry markup (a rule message, a path label, a phrasing, the brand name), imported through the options
// page like any file: the in-page card, the popup and the options page show those texts as text, and nothing in them runs.
// A charter whose rules are too slow for a page: the CM is told, and the manager sees them in the options page's charter status.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { boxEditable, expect, focusBoxEnd, openFixture, test } from './harness';
import { importCharterFile, loadDemoCharter, openOptionsPage, openPopupFor, tabIdOf } from './extension-pages';
import { activeBoxOf, badgeOf, cardOf, setModeOverride } from './overlay-probe';

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '</style><script>window.__pwned=1</script>';
const SVG = '"><svg onload="window.__pwned=1">';

const BRAND = `Brandtruc ${IMG}`;
const RULE_MESSAGE = `At most one exclamation mark ${IMG} ${SVG}`;
const PATH_LABEL = `Customer service ${SCRIPT} ${SVG}`;
const PHRASING = `Bonjour, écrivez-nous en message privé. ${SVG} ${IMG} ${SCRIPT}`;

type Charter = {
  version: string;
  brand: { name: string };
  paths: { id: string; label: Record<string, string> }[];
  phrasings: { id: string; text: string }[];
  rules: { id: string; message: Record<string, string> }[];
};

function hostileCharter(): Charter {
  const charter = JSON.parse(readFileSync('charters/brandtruc.json', 'utf8')) as Charter;
  charter.version = `${charter.version}-hostile`;
  charter.brand.name = BRAND;
  const rule = charter.rules.find((candidate) => candidate.id === 'brandtruc.tone.exclamation')!;
  rule.message = { fr: RULE_MESSAGE, en: RULE_MESSAGE };
  const sav = charter.paths.find((path) => path.id === 'sav')!;
  sav.label = { fr: PATH_LABEL, en: PATH_LABEL };
  charter.phrasings.find((phrasing) => phrasing.id === 'FR 1.1')!.text = PHRASING;
  return charter;
}

/**
 * What the payloads would have made, anywhere in the document and in every open shadow root (Gardefou's overlay): elements
 * with their event handler attributes, the payload's <img src=x>, an inline <script>, and whether any handler ran.
 */
function injectedInto(page: Page): Promise<{ pwned: unknown; handlers: number; images: number; inlineScripts: number; svgs: number }> {
  return page.evaluate(() => {
    const found = { handlers: 0, images: 0, inlineScripts: 0, svgs: 0 };
    const walk = (root: Document | ShadowRoot) => {
      found.handlers += root.querySelectorAll('[onerror], [onload]').length;
      found.images += root.querySelectorAll('img[src="x"]').length;
      found.inlineScripts += [...root.querySelectorAll('script:not([src])')].filter((script) => script.textContent?.includes('__pwned')).length;
      found.svgs += [...root.querySelectorAll('svg')].filter((svg) => svg.outerHTML.includes('__pwned')).length;
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) walk(element.shadowRoot);
    };
    walk(document);
    return { pwned: (window as unknown as { __pwned?: unknown }).__pwned, ...found };
  });
}

const CLEAN = { pwned: undefined, handlers: 0, images: 0, inlineScripts: 0, svgs: 0 };

test.afterAll(async ({ extContext, extensionId }) => {
  await loadDemoCharter(extContext, extensionId);
});

test('a charter with markup in its texts is shown as text in the card, the popup and the options page', async ({
  context,
  extensionId,
  serviceWorker,
}, testInfo) => {
  await setModeOverride(serviceWorker, null);
  const file = testInfo.outputPath('hostile-charter.json');
  writeFileSync(file, JSON.stringify(hostileCharter(), null, 2));

  // Options page: imported like any charter file, the brand name shown as text.
  const options = await importCharterFile(context, extensionId, file);
  await expect(options.getByTestId('import-result')).toHaveAttribute('data-result', 'applied');
  await expect(options.getByTestId('charter-name')).toHaveText(BRAND);
  await options.reload();
  await expect(options.getByTestId('options')).toHaveAttribute('data-ready', 'true');
  await expect(options.getByTestId('charter-name')).toHaveText(BRAND);
  await expect(options.locator('[data-testid="options-path"][data-path="sav"]')).toContainText(PATH_LABEL);
  await expect(options.locator('[data-testid="rule-group"][data-category="overmarketing"]')).toContainText(RULE_MESSAGE);
  expect(await injectedInto(options)).toEqual(CLEAN);
  await options.getByTestId('tab-phrasings').click();
  await expect(options.locator('[data-testid="catalogue-phrasing"][data-phrasing="FR 1.1"]')).toContainText(PHRASING);
  expect(await injectedInto(options)).toEqual(CLEAN);

  // The page: the reply to the after-sales complaint (SAV path) with stacked exclamation marks (the rule with the hostile message).
  const page = await openFixture(context, 'facebook');
  await focusBoxEnd(page, 'fb-reply-c101');
  await page.keyboard.type('Merci pour votre message !!!');
  const state = await activeBoxOf(serviceWorker, page);
  if (!state) throw new Error('no active box');
  expect(state.findings.map((finding) => finding.message)).toContain(RULE_MESSAGE);
  expect(state.paths.map((path) => path.id)).toContain('sav');
  await badgeOf(page, state.boxId).hover();
  const card = cardOf(page, state.boxId);
  await expect(card).toContainText(RULE_MESSAGE);
  await expect(card.locator('.path[data-path="sav"] .path-label')).toHaveText(PATH_LABEL);
  expect(await injectedInto(page)).toEqual(CLEAN);

  // The popup: the finding, the path card, and the phrasing's detail.
  const popup = await openPopupFor(context, extensionId, await tabIdOf(serviceWorker, page));
  await expect(popup.locator('[data-testid="finding"][data-rule="brandtruc.tone.exclamation"]')).toContainText(RULE_MESSAGE);
  await expect(popup.locator('[data-testid="path-card"][data-path="sav"]')).toContainText(PATH_LABEL);
  const toggle = popup.getByTestId('phrasing-lang-fr');
  if (!(await toggle.isChecked())) await toggle.check();
  await popup.locator('[role="option"][data-phrasing="FR 1.1"]').click();
  await expect(popup.getByTestId('phrasing-detail')).toContainText(PHRASING);
  expect(await injectedInto(popup)).toEqual(CLEAN);

  // Handlers would have run by now; a last look at every page.
  await page.waitForTimeout(300);
  for (const shown of [page, popup, options]) expect(await injectedInto(shown)).toEqual(CLEAN);
  await options.close();
});

test('a fresh options page shows the stored hostile charter as text', async ({ context, extensionId }, testInfo) => {
  // The options page opened fresh (the charter comes from storage, not from the import's answer).
  const file = testInfo.outputPath('hostile-charter.json');
  writeFileSync(file, JSON.stringify(hostileCharter()));
  await (await importCharterFile(context, extensionId, file)).close();
  const options = await openOptionsPage(context, extensionId);
  await expect(options.getByTestId('charter-name')).toHaveText(BRAND);
  expect(await injectedInto(options)).toEqual(CLEAN);
});

/**
 * The demo charter plus rules that each take about a second on a 10,000-character draft (within lint's limits: RE2 runs
 * them in linear time, but 5,000 steps per character is still slow), past the page's 500 ms budget per rule.
 */
function slowCharter(): Charter & { rules: object[] } {
  const charter = JSON.parse(readFileSync('charters/brandtruc.json', 'utf8')) as Charter & { rules: object[] };
  charter.version = `${charter.version}-slow`;
  for (const [id, end] of [['brandtruc.slow.hash', '#'], ['brandtruc.slow.percent', '%']]) {
    charter.rules.push({ id, kind: 'pattern', category: 'style', severity: 'warning', pattern: `.{0,1000}.{0,1000}.{0,490}${end}`, message: { fr: 'Lent', en: 'Slow' } });
  }
  return charter;
}

test('a rule too slow for the page is skipped, and the options page names it until the manager clears the list', async ({ context, extensionId, serviceWorker }, testInfo) => {
  await setModeOverride(serviceWorker, null);
  const file = testInfo.outputPath('slow-charter.json');
  writeFileSync(file, JSON.stringify(slowCharter()));
  const options = await importCharterFile(context, extensionId, file);
  await expect(options.getByTestId('import-result')).toHaveAttribute('data-result', 'applied');
  await expect(options.getByTestId('slow-rules')).toHaveCount(0);

  const page = await openFixture(context, 'x-dm');
  await focusBoxEnd(page, 'x-dm');
  await boxEditable(page, 'x-dm').evaluate((box, text) => {
    (box as HTMLElement).focus();
    document.execCommand('insertText', false, text);
  }, 'Bonjour, nous regardons votre dossier avec attention. '.repeat(190));
  // The CM is told on the page.
  await expect
    .poll(async () => (await activeBoxOf(serviceWorker, page))?.findings.filter((f) => f.ruleId === 'gardefou:slow-rule').length ?? 0, { timeout: 20_000 })
    .toBeGreaterThan(0);

  // The manager sees the rule ids (and nothing of the draft) in the charter status, in the Charter tab and the Distribution tab.
  const note = options.getByTestId('slow-rules');
  await expect(note).toBeVisible({ timeout: 10_000 });
  await expect(note).toContainText(/\d rules? (was|were) too slow and (was|were) skipped on CMs' pages: brandtruc\.slow\./);
  await expect(note).not.toContainText('Bonjour');
  await options.reload();
  await expect(options.getByTestId('options')).toHaveAttribute('data-ready', 'true');
  await options.getByTestId('tab-distribution').click();
  await expect(options.getByTestId('slow-rules')).toContainText('brandtruc.slow.');

  // Fixed: the manager clears the list (no PIN is set here).
  await options.getByTestId('slow-rules-clear').click();
  await expect(options.getByTestId('slow-rules')).toHaveCount(0);
  await expect(options.getByTestId('result-slow-rules')).toHaveAttribute('data-result', 'done');
  await page.close();
  await options.close();
});
