// A site update that renames every selector Gardefou knows, and a thread whose DOM is missing: the reply boxes are still
// found as plain editables (the generic fallback), their drafts still checked, no path is claimed from a thread that cannot
// be read, and no error reaches the page.
import type { Page } from '@playwright/test';
import { collectErrors, expect, openFixture, test, type FixtureName } from './harness';
import { activeBoxOf, allHighlightTexts, useDemoCharter, visibleBadges } from './overlay-probe';

test.beforeAll(useDemoCharter);


/**
 * The next build of the site: the same page with every class, id, role, aria-* and data-* attribute renamed away (only
 * contenteditable and the fixture's own box marker stay), swapped in for the old DOM as a site's router does.
 */
function shipRenamedBuild(page: Page): Promise<number> {
  return page.evaluate(() => {
    const app = document.body;
    const kept = new Set(['contenteditable', 'data-fixture-box', 'style', 'href', 'type']);
    const next = app.cloneNode(true) as HTMLElement;
    // Gardefou's own overlay hosts are not part of the site's build.
    next.querySelectorAll('gardefou-overlay').forEach((node) => node.remove());
    let renamed = 0;
    for (const element of [next, ...next.querySelectorAll('*')]) {
      for (const attribute of [...element.attributes]) {
        if (kept.has(attribute.name)) continue;
        element.removeAttribute(attribute.name);
        element.setAttribute(`x-${renamed % 7}-${attribute.name.replace(/[^a-z]/g, '')}`, attribute.value);
        renamed += 1;
      }
    }
    app.replaceChildren(...next.childNodes);
    return renamed;
  });
}

const SITES: Array<{ page: FixtureName; box: string }> = [
  { page: 'facebook', box: 'fb-reply-c101' },
  { page: 'x', box: 'x-inline-reply' },
  { page: 'linkedin-messaging', box: 'li-msg-thread' },
];

for (const site of SITES) {
  test(`every selector renamed on ${site.page}: the box is still checked as a plain editable, without a path or an error`, async ({ context, serviceWorker }) => {
    const page = await openFixture(context, site.page);
    const errors = collectErrors(page);
    const renamed = await shipRenamedBuild(page);
    expect(renamed, "attributes renamed").toBeGreaterThan(20);

    // The complaint's reply box of the new build: found by the fixture's marker, which Gardefou does not read.
    const editable = page.locator(`[data-fixture-box="${site.box}"] [contenteditable="true"]`).first();
    await editable.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('Merci !!! On vous rembourse demain.');

    await expect.poll(() => allHighlightTexts(page)).toContain('!!!');
    const state = await activeBoxOf(serviceWorker, page);
    if (!state) throw new Error('the renamed box was not picked up');
    // The thread cannot be read any more: no path is guessed from it, the draft's own findings stay.
    expect(state.paths).toEqual([]);
    expect(state.findings.map((finding) => finding.category)).toEqual(expect.arrayContaining(['overmarketing', 'out_of_perimeter']));
    expect(await visibleBadges(page)).toEqual([expect.objectContaining({ box: state.boxId, severity: 'error' })]);
    expect(errors).toEqual([]);
  });
}

test('a reply box whose thread DOM is missing: the draft is checked, no path is claimed, nothing is thrown', async ({ context, serviceWorker }) => {
  const page = await openFixture(context, 'facebook');
  const errors = collectErrors(page);
  // Only the box stays: every ancestor's siblings (the post, the comment answered, the rest of the thread) are gone.
  await page.evaluate(() => {
    let node: Element | null = document.querySelector('[data-fixture-box="fb-reply-c101"]');
    while (node && node !== document.body) {
      for (const sibling of [...(node.parentElement?.children ?? [])]) if (sibling !== node) sibling.remove();
      node = node.parentElement;
    }
  });
  const editable = page.locator('[data-fixture-box="fb-reply-c101"] [contenteditable="true"]').first();
  await editable.click();
  await page.keyboard.type('On vous rembourse demain !!!');
  await expect.poll(() => allHighlightTexts(page)).toContain('!!!');
  const state = await activeBoxOf(serviceWorker, page);
  expect(state?.paths).toEqual([]);
  expect(state?.findings.length).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
