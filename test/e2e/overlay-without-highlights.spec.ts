// The fallback for browsers without the CSS Custom Highlight API (Firefox ESR may lack it): Chromium with the API switched off,
// so the content script's feature detection picks positioned boxes in Gardefou's own shadow root for every editor.
import { boxText, expect, focusBoxEnd, openFixture, test } from './harness';
import { activeBoxOf, editorHoldsOverlay, loadDemoCharter, setModeOverride, spanMarkCount, visibleBadges } from './overlay-probe';

test.use({ extensionBrowser: { args: ['--disable-blink-features=HighlightAPI'] } });

test.beforeAll(async ({ extContext, extensionId, serviceWorker }) => {
  const loaded = await loadDemoCharter(extContext, extensionId);
  expect(loaded.ok).toBe(true);
  await setModeOverride(serviceWorker, null);
});

test('without the Highlight API, underlines are positioned boxes beside the editor', async ({ context, serviceWorker }) => {
  const page = await openFixture(context, 'facebook');
  expect(await page.evaluate(() => 'highlights' in CSS)).toBe(false);
  await focusBoxEnd(page, 'fb-reply-c101');
  await page.keyboard.type('On vous rembourse demain !!!');
  const state = await activeBoxOf(serviceWorker, page);
  if (!state) throw new Error('no active box');
  const inline = state.findings.filter((finding) => !finding.wholeDraft);
  await expect.poll(() => spanMarkCount(page, state.boxId)).toBe(inline.length);
  expect(await visibleBadges(page)).toEqual([expect.objectContaining({ box: state.boxId, severity: 'error' })]);
  expect(await boxText(page, 'fb-reply-c101')).toBe('On vous rembourse demain !!!');
  expect(await editorHoldsOverlay(page, 'fb-reply-c101')).toBe(false);
  await page.screenshot({ path: 'test-results/screenshots/facebook-lexical-without-highlight-api.png' });
});
