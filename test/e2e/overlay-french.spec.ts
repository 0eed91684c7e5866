// The overlay in a French browser: badge, card and the charter's own words in French (a worker of its own: test.use below).
import { expect, focusBoxEnd, openFixture, test } from './harness';
import { activeBoxOf, badgeOf, cardOf, setModeOverride, useDemoCharter } from './overlay-probe';

test.use({ extensionBrowser: { lang: 'fr' } });

test.beforeAll(useDemoCharter);

test('a French browser gets the badge, the card and the SAV path in French', async ({ context, serviceWorker }) => {
  const page = await openFixture(context, 'facebook', { lang: 'fr' });
  await focusBoxEnd(page, 'fb-reply-c101');
  await page.keyboard.type('On vous rembourse demain !!!');
  const state = await activeBoxOf(serviceWorker, page);
  if (!state) throw new Error('no active box');
  await expect(badgeOf(page, state.boxId)).toHaveAttribute('aria-label', `Gardefou : alertes à examiner : ${state.findings.length}`);
  await badgeOf(page, state.boxId).hover();
  const card = cardOf(page, state.boxId);
  await expect(card.locator('h3').first()).toHaveText('Alertes');
  await expect(card.locator('.finding[data-severity="error"] .finding-head').first()).toContainText('Erreur');
  await expect(card.locator('.path[data-category="sav"]')).toContainText('SAV (service client)');
  await expect(card.locator('.path[data-category="sav"]')).toContainText('Équipe : Service client');
  // The charter's own messages follow the browser's language too.
  const exclamation = state.findings.find((finding) => finding.ruleId === 'brandtruc.tone.exclamation');
  expect(exclamation?.message).toBe("Un seul point d'exclamation par message.");
  await expect(card.locator('.finding[data-rule="brandtruc.tone.exclamation"] .finding-message')).toHaveText("Un seul point d'exclamation par message.");
  await page.screenshot({ path: 'test-results/screenshots/fr-facebook-lexical.png' });
});

test('a French browser on X and LinkedIn: the crisis mode tag reads "crise"', async ({ context, serviceWorker }) => {
  try {
    await setModeOverride(serviceWorker, 'crisis');
    for (const [name, box, shot] of [
      ['x', 'x-inline-reply', 'fr-x-draft-crise'],
      ['linkedin', 'li-comment-post1', 'fr-linkedin-tiptap-crise'],
    ] as const) {
      const page = await openFixture(context, name, { lang: 'fr' });
      await focusBoxEnd(page, box);
      await page.keyboard.type('Incroyable !!! On vous offre un bon de réduction');
      const state = await activeBoxOf(serviceWorker, page);
      if (!state) throw new Error('no active box');
      await expect(badgeOf(page, state.boxId)).toContainText('crise');
      await badgeOf(page, state.boxId).hover();
      await expect(cardOf(page, state.boxId).locator('.mode-line')).toHaveText('Mode crise : aucune formulation promotionnelle.');
      await page.screenshot({ path: `test-results/screenshots/${shot}.png` });
      await page.close();
    }
  } finally {
    await setModeOverride(serviceWorker, null);
  }
});
