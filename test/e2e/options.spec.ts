// The options page: the charter in readable form, importing (file input and drag and drop), refusing an invalid charter while the
// previous one stays in force, the accent-insensitive phrasing search, and the tabs.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { importCharterFile, loadDemoCharter, openOptionsPage } from './extension-pages';

const INVALID_CHARTER = 'test/charters/invalid-brandtruc.json';
const MULTILINE_CHARTER = 'test/charters/multiline-sav.json';
const BRANDTRUC = JSON.parse(readFileSync('charters/brandtruc.json', 'utf8')) as { version: string; paths: unknown[]; phrasings: unknown[] };

/** Drops a file on the import zone the way a file manager does: dragenter, dragover, drop with a DataTransfer. */
async function dropFile(page: Page, path: string, name: string): Promise<void> {
  const text = readFileSync(path, 'utf8');
  await page.getByTestId('charter-drop-zone').evaluate(
    (zone, file) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([file.text], file.name, { type: 'application/json' }));
      for (const type of ['dragenter', 'dragover', 'drop']) zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
    },
    { text, name },
  );
}

test('shows the demo charter in readable form: facts, paths, rules by category, response times', async ({ context, extensionId }) => {
  await loadDemoCharter(context, extensionId);
  const options = await openOptionsPage(context, extensionId);
  await expect(options.getByTestId('charter-name')).toHaveText('Brandtruc');
  await expect(options.getByTestId('charter-version')).toHaveText(BRANDTRUC.version);
  await expect(options.getByTestId('charter-facts')).toContainText('Demo charter');

  await expect(options.getByTestId('options-path')).toHaveCount(BRANDTRUC.paths.length);
  const sav = options.locator('[data-testid="options-path"][data-path="sav"]');
  await expect(sav).toContainText('Customer service');
  await expect(sav).toContainText('within 1 business hour');
  await expect(sav).toContainText('Charte §7');
  await expect(options.locator('[data-testid="options-path"][data-path="legal"]')).toContainText('Required: the CM team lead validates the reply');

  const perimeter = options.locator('[data-testid="rule-group"][data-category="out_of_perimeter"]');
  await perimeter.locator('summary').click();
  await expect(perimeter.locator('tbody tr').first()).toContainText('Error');
  await expect(perimeter).toContainText('Charte §2');
  await expect(options.getByTestId('response-times')).toContainText('Within 4 business hours');
  // The rules the charter lets a CM quiet are marked as such.
  await expect(options.locator('tr[data-rule="brandtruc.tone.exclamation"] [data-testid="rule-quietable"]')).toHaveText('the CM may quiet it');
  await expect(options.locator('tr[data-rule="fr.perimeter.refund-or-gesture"] [data-testid="rule-quietable"]')).toHaveCount(0);
});

test('an invalid charter file is refused with every error and its JSON path, and the previous charter stays in force', async ({
  context,
  extensionId,
}) => {
  await loadDemoCharter(context, extensionId);
  const options = await importCharterFile(context, extensionId, INVALID_CHARTER);
  const result = options.getByTestId('import-result');
  await expect(result).toHaveAttribute('data-result', 'refused');
  await expect(result).toContainText('invalid-brandtruc.json was refused: 4 problems.');
  const errors = result.getByTestId('charter-error');
  await expect(errors).toHaveCount(4);
  await expect(errors.locator('code')).toHaveText(['updatedAt', 'brand.languages[1]', 'paths[0].category', 'rules[0].severity']);
  await expect(errors.nth(3)).toContainText("got 'fatal'");
  await expect(options.getByTestId('previous-stays')).toHaveText(`The previous charter (Brandtruc, version ${BRANDTRUC.version}) stays in force.`);

  // The charter in force did not change, and the problem is remembered for the next visit.
  await expect(options.getByTestId('charter-name')).toHaveText('Brandtruc');
  await expect(options.getByTestId('charter-version')).toHaveText(BRANDTRUC.version);
  await options.reload();
  await expect(options.getByTestId('charter-name')).toHaveText('Brandtruc');
  await expect(options.getByTestId('charter-problem')).toContainText('Imported file');
  await expect(options.getByTestId('charter-problem-errors').getByTestId('charter-error')).toHaveCount(4);
});

test('a charter dropped on the import zone comes into force', async ({ context, extensionId }) => {
  await loadDemoCharter(context, extensionId);
  const options = await openOptionsPage(context, extensionId);
  await dropFile(options, MULTILINE_CHARTER, 'multiline-sav.json');
  await expect(options.getByTestId('import-result')).toHaveAttribute('data-result', 'applied');
  await expect(options.getByTestId('import-result')).toContainText('Brandtruc (multi-line test), version e2e-multiline-1, is now in force.');
  await expect(options.getByTestId('charter-name')).toHaveText('Brandtruc (multi-line test)');
  await expect(options.getByTestId('charter-facts')).toContainText('multiline-sav.json');
});

test('the phrasing search ignores accents and case, and the tabs work from the keyboard', async ({ context, extensionId }) => {
  await loadDemoCharter(context, extensionId);
  const options = await openOptionsPage(context, extensionId);
  await options.getByTestId('tab-charter').focus();
  await options.keyboard.press('ArrowRight');
  await expect(options.getByTestId('tab-phrasings')).toBeFocused();
  await expect(options.getByTestId('tab-phrasings')).toHaveAttribute('aria-selected', 'true');
  await expect(options).toHaveURL(/#phrasings$/);

  const search = options.getByTestId('phrasing-search');
  const shown = options.getByTestId('catalogue-phrasing');
  await expect(shown).toHaveCount(BRANDTRUC.phrasings.length);
  for (const query of ['desagrement', 'DÉSAGRÉMENT', 'Désagrément']) {
    await search.fill(query);
    await expect(shown.first()).toHaveAttribute('data-phrasing', 'FR 1.1');
    await expect(shown).toHaveCount(2);
    await expect(shown.first().locator('mark')).toHaveText('désagrément');
  }
  await search.fill('equipe dediee');
  await expect(shown).toHaveCount(1);
  await expect(shown.first()).toHaveAttribute('data-phrasing', 'FR 4.1');
  await search.fill('service de presse');
  await expect(options.getByTestId('phrasing-search-count')).toHaveText(`2 of ${BRANDTRUC.phrasings.length} phrasings`);
  await search.fill('zzz introuvable');
  await expect(shown).toHaveCount(0);

  await options.keyboard.press('Shift+Tab');
  await options.getByTestId('tab-distribution').click();
  await expect(options.getByTestId('modes-overview')).toContainText('Approved phrasing only for: Legal, Press, Crisis');
});

test('one mode control and one "mode in force" line; the source in force named as in the charter facts and the popup', async ({ context, extensionId }) => {
  await loadDemoCharter(context, extensionId);
  const options = await openOptionsPage(context, extensionId, '#distribution');
  await expect(options.getByTestId('mode-in-force')).toHaveText("Mode in force: Normal, the charter's default.");
  await expect(options.getByText('Mode in force')).toHaveCount(1);
  // One radio per mode, the charter's default marked on its own radio (no "The charter's default (Normal)" beside "Normal").
  await expect(options.locator('input[name="gf-manager-mode"]')).toHaveCount(3);
  await expect(options.getByTestId('mode-option-normal')).toBeChecked();
  await expect(options.getByTestId('mode-switch').locator('label').first()).toHaveText("Normal (the charter's default)");
  // The same name in the facts and in the list of sources.
  await expect(options.getByTestId('charter-source')).toContainText('Demo charter');
  const inForce = options.locator('[data-testid="charter-sources"] [data-in-force="true"]');
  await expect(inForce).toHaveCount(1);
  await expect(inForce.getByTestId('charter-source-name')).toHaveText('Demo charter');
  await expect(options.getByTestId('charter-sources')).not.toContainText('Imported file');
  await expect(options.getByTestId('charter-updated')).toHaveText('20 November 2026');
  await options.setViewportSize({ width: 1100, height: 900 });
  await options.screenshot({ path: 'test-results/screenshots/options-distribution-en.png', fullPage: true });
});

test('with no charter stored yet (first open), the page says the charter is loading, not "no charter", and shows it when it arrives', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  await serviceWorker.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { local: { remove(keys: string[]): Promise<void> } } } }).chrome.storage.local.remove([
      'compiledCharter',
      'charterMeta',
      'charterProblem',
    ]),
  );
  const options = await openOptionsPage(context, extensionId);
  await expect(options.getByTestId('charter-loading')).toHaveText('Loading the charter…');
  await expect(options.getByTestId('no-charter')).toHaveCount(0);
  await options.getByTestId('load-demo').click();
  await expect(options.getByTestId('charter-name')).toHaveText('Brandtruc');
  await expect(options.getByTestId('charter-loading')).toHaveCount(0);
});

test('screenshots: the options page with the demo charter, an import refusal, and the phrasing search (English)', async ({ context, extensionId }) => {
  await loadDemoCharter(context, extensionId);
  const options = await openOptionsPage(context, extensionId);
  await options.setViewportSize({ width: 1100, height: 900 });
  await options.locator('[data-testid="rule-group"][data-category="out_of_perimeter"] summary').click();
  await options.screenshot({ path: 'test-results/screenshots/options-en.png', fullPage: true });

  await options.getByTestId('charter-file-input').setInputFiles(INVALID_CHARTER);
  await expect(options.getByTestId('import-result')).toHaveAttribute('data-result', 'refused');
  await options.getByTestId('section-charter-import').screenshot({ path: 'test-results/screenshots/options-import-errors-en.png' });

  await options.getByTestId('tab-phrasings').click();
  await options.getByTestId('phrasing-search').fill('desole');
  await expect(options.getByTestId('catalogue-phrasing').first()).toBeVisible();
  await options.screenshot({ path: 'test-results/screenshots/options-search-en.png', fullPage: true });
});
