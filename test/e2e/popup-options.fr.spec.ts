// The popup and the options page in a browser whose UI language is French: the UI follows it, and the screenshots show it.
import { expect, focusBoxEnd, openFixture, test } from './harness';
import { loadDemoCharter, openOptionsPage, openPopupFor, tabIdOf } from './extension-pages';

test.use({ extensionBrowser: { lang: 'fr' } });

test('screenshot: the popup in French on a Facebook after-sales complaint, with its path, findings and phrasings', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  await loadDemoCharter(context, extensionId);
  const page = await openFixture(context, 'facebook', { lang: 'fr' });
  await focusBoxEnd(page, 'fb-reply-c101');
  await page.keyboard.type('On vous rembourse demain !!');
  const popup = await openPopupFor(context, extensionId, await tabIdOf(serviceWorker, page));
  await popup.setViewportSize({ width: 380, height: 600 });
  await expect(popup.locator('html')).toHaveAttribute('lang', 'fr');
  const sav = popup.locator('[data-testid="path-card"][data-path="sav"]');
  await expect(sav).toContainText('SAV (service client)');
  await expect(sav.getByTestId('path-sla')).toContainText('sous 1 heure ouvrée');
  await expect(popup.getByRole('heading', { name: 'Circuit d’escalade' })).toBeVisible();
  await expect(popup.getByTestId('box-visibility')).toHaveText('Réponse publique');
  await expect(popup.locator('[data-testid="findings"] [data-testid="finding"]').first()).toBeVisible();
  await expect(popup.getByTestId('insert-replace')).toHaveText('Remplacer le brouillon');
  // Real plurals and one word per concept, no "(s)": one `!` over the charter's limit is a style note (issue 12), not a warning.
  await expect(popup.getByTestId('finding-counts')).toHaveText('2 erreurs, 1 remarque');
  await expect(popup.getByTestId('findings-section')).toContainText('Remarque');
  await expect(popup.getByTestId('charter-origin-line')).toHaveText(/^Brandtruc · version .+ du 20 novembre 2026 · Charte de démonstration$/);
  for (const testId of ['path-card', 'phrasing-detail', 'insert-replace']) {
    const box = (await popup.getByTestId(testId).first().boundingBox())!;
    expect(box.y + box.height, testId).toBeLessThanOrEqual(600);
  }
  await popup.screenshot({ path: 'test-results/screenshots/popup-fr-380x600.png' });
  await popup.locator('[role="option"][data-phrasing="FR 1.1 · prénom"]').click();
  await expect(popup.locator('input[data-variable="prénom"]')).toHaveValue('Alice');
  await popup.getByTestId('path-details').locator('summary').click();
  await expect(popup.getByTestId('path-details')).toContainText('Relecture');
  await popup.screenshot({ path: 'test-results/screenshots/popup-fr.png', fullPage: true });
});

test('screenshot: the options page in French', async ({ context, extensionId }) => {
  await loadDemoCharter(context, extensionId);
  const options = await openOptionsPage(context, extensionId);
  await options.setViewportSize({ width: 1100, height: 900 });
  await expect(options.getByTestId('tab-charter')).toHaveText('Charte');
  await expect(options.getByTestId('tab-distribution')).toHaveText('Diffusion et modes');
  await expect(options.getByTestId('charter-facts')).toContainText('Charte de démonstration');
  await expect(options.locator('[data-testid="options-path"][data-path="sav"]')).toContainText('Service client');
  await expect(options.getByTestId('charter-updated')).toHaveText('20 novembre 2026');
  await options.locator('[data-testid="rule-group"][data-category="out_of_perimeter"] summary').click();
  await expect(options.locator('[data-testid="rule-group"][data-category="out_of_perimeter"] summary')).toContainText(/\d+ règles$/);
  await options.screenshot({ path: 'test-results/screenshots/options-fr.png', fullPage: true });

  await options.getByTestId('tab-distribution').click();
  await expect(options.getByTestId('mode-in-force')).toHaveText('Mode en vigueur : Normal, celui de la charte par défaut.');
  await expect(options.locator('[data-testid="charter-sources"] [data-in-force="true"]')).toContainText('Charte de démonstration');
  await options.screenshot({ path: 'test-results/screenshots/options-distribution-fr.png', fullPage: true });
  await options.getByTestId('tab-charter').click();

  await options.getByTestId('charter-file-input').setInputFiles('test/charters/invalid-brandtruc.json');
  await expect(options.getByTestId('import-result')).toContainText('a été refusé : 4 problèmes.');
  await expect(options.getByTestId('previous-stays')).toContainText('reste en vigueur');
  await options.getByTestId('section-charter-import').screenshot({ path: 'test-results/screenshots/options-import-errors-fr.png' });
});
