// The overlay's shadow root is closed in a CM's browser (issue 16): the page's own scripts find Gardefou's host but cannot
// read the findings, the clause or the internal team, channel and SLA names inside it. The other specs read the overlay
// through the diagnostics switch the harness sets from the service worker; this one turns it off.
import { boxText, expect, focusBoxEnd, openFixture, openOverlayForTests, test } from './harness';
import { activeBoxOf, useDemoCharter } from './overlay-probe';

test.beforeAll(useDemoCharter);

test.afterAll(async ({ serviceWorker }) => {
  await openOverlayForTests(serviceWorker, true);
});

test('a page script cannot read what the overlay shows', async ({ context, serviceWorker }) => {
  await openOverlayForTests(serviceWorker, false);
  const page = await openFixture(context, 'facebook');
  const box = 'fb-reply-c101';
  const draft = 'Nous vous remboursons demain sans faute, promis !!!';
  await page.evaluate(({ id, value }) => window.__fixture.setText(id, value), { id: box, value: draft });
  await expect.poll(() => boxText(page, box)).toBe(draft);
  await focusBoxEnd(page, box);
  // Gardefou did check it: the popup's view of the box has the findings.
  await expect.poll(async () => (await activeBoxOf(serviceWorker, page))?.findings.length ?? 0).toBeGreaterThan(0);
  const seenByPage = await page.evaluate(() => {
    const hosts = [...document.querySelectorAll('gardefou-overlay')];
    return {
      hosts: hosts.length,
      shadowRoots: hosts.filter((host) => host.shadowRoot !== null).length,
      text: hosts.map((host) => host.textContent ?? '').join(''),
      html: document.documentElement.outerHTML.includes('Charte §'),
    };
  });
  expect(seenByPage.hosts).toBeGreaterThan(0);
  expect(seenByPage.shadowRoots).toBe(0);
  expect(seenByPage.text).toBe('');
  expect(seenByPage.html).toBe(false);
});
