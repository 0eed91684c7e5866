// The inline overlay on every fixture editor, with the Brandtruc charter loaded through the background's own message.
import { boxText, expect, focusBoxEnd, openFixture, test } from './harness';
import { activeBoxOf, highlightTexts, loadDemoCharter, nextFrame, visibleBadges } from './overlay-probe';

test.beforeAll(async ({ extContext, extensionId }) => {
  const loaded = await loadDemoCharter(extContext, extensionId);
  expect(loaded.ok, JSON.stringify(loaded.errors)).toBe(true);
});

const CASES = [
  ['facebook', 'fb-reply-c101', {}],
  ['facebook', 'fb-comment-post1', {}],
  ['facebook-messenger', 'fb-messenger-thread', {}],
  ['x', 'x-inline-reply', {}],
  ['x-dm', 'x-dm', {}],
  ['linkedin', 'li-comment-post1', {}],
  ['linkedin', 'li-share', { query: { share: '1' } }],
  ['linkedin-legacy', 'li-legacy-comment-post1', {}],
  ['linkedin-messaging', 'li-msg-thread', {}],
] as const;

for (const [name, box, options] of CASES) {
  test(`probe ${name} ${box}`, async ({ context, serviceWorker }) => {
    const page = await openFixture(context, name, options);
    await focusBoxEnd(page, box);
    await page.keyboard.type('On vous rembourse demain !!! Écrivez à julie.durand@example.com');
    await nextFrame(page);
    console.log(box, JSON.stringify(await highlightTexts(page)), JSON.stringify(await visibleBadges(page)));
    const state = await activeBoxOf(serviceWorker, page);
    console.log(box, JSON.stringify({ ...state, findings: state?.findings.map((f) => `${f.ruleId}:${f.category}:${f.severity}`) }));
    console.log(box, await boxText(page, box));
    await page.screenshot({ path: `test-results/screenshots/probe-${box}.png` });
  });
}
