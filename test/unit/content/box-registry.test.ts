// @vitest-environment happy-dom
// The box registry: boxes found at start, added and removed later through one MutationObserver; typing inside a box never triggers a search.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchReplyBoxes, type BoxRegistry } from '../../../lib/page/boxes/box-registry';
import type { FoundReplyBox } from '../../../lib/page/platforms/find-reply-boxes';
import type { PlatformAdapter } from '../../../lib/page/platforms/types';

const platform = { id: 'facebook' } as PlatformAdapter;
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
/** Mutation records arrive after the change; the search runs in the frame after them. */
const afterNextSearch = async () => {
  await frame();
  await frame();
};

function editable(id: string): HTMLElement {
  const element = document.createElement('div');
  element.setAttribute('contenteditable', 'true');
  element.dataset.box = id;
  return element;
}

let registry: BoxRegistry | null = null;
afterEach(() => {
  registry?.dispose();
  registry = null;
  document.body.replaceChildren();
});

function watch() {
  const added: string[] = [];
  const removed: string[] = [];
  const findBoxes = vi.fn(() =>
    Array.from(document.querySelectorAll<HTMLElement>('[data-box]')).map((element): FoundReplyBox => ({ editable: element, adapter: platform, source: 'site' })),
  );
  registry = watchReplyBoxes(
    document,
    { findBoxes, shadowRoots: () => [] },
    { added: (found) => added.push(found.editable.dataset.box!), removed: (box) => removed.push(box.dataset.box!), pageChanged: () => undefined },
  );
  return { added, removed, findBoxes };
}

describe('watchReplyBoxes', () => {
  it('reports the boxes present at start, then boxes added and removed', async () => {
    document.body.append(editable('a'));
    const { added, removed } = watch();
    expect(added).toEqual(['a']);

    const b = editable('b');
    document.body.append(b);
    await afterNextSearch();
    expect(added).toEqual(['a', 'b']);

    b.remove();
    await afterNextSearch();
    expect(removed).toEqual(['b']);
  });

  it('does not search again when the text inside a known box changes', async () => {
    const box = editable('a');
    box.append(document.createElement('p'));
    document.body.append(box);
    const { findBoxes } = watch();
    const searches = findBoxes.mock.calls.length;
    box.querySelector('p')!.append('Bonjour', document.createElement('br'));
    await afterNextSearch();
    expect(findBoxes.mock.calls.length).toBe(searches);
  });

  it('ignores nodes that come and go within one batch, such as measuring mirrors', async () => {
    document.body.append(editable('a'));
    const { findBoxes } = watch();
    const searches = findBoxes.mock.calls.length;
    const mirror = document.createElement('div');
    document.body.append(mirror);
    mirror.remove();
    await afterNextSearch();
    expect(findBoxes.mock.calls.length).toBe(searches);
  });

  it('searches once per frame however many batches arrive', async () => {
    const { findBoxes, added } = watch();
    const searches = findBoxes.mock.calls.length;
    for (const id of ['a', 'b', 'c']) {
      document.body.append(editable(id));
      await Promise.resolve();
    }
    await afterNextSearch();
    expect(findBoxes.mock.calls.length).toBe(searches + 1);
    expect(added).toEqual(['a', 'b', 'c']);
  });

  it('releases every box on dispose', () => {
    document.body.append(editable('a'), editable('b'));
    const { removed } = watch();
    registry!.dispose();
    registry = null;
    expect(removed.sort()).toEqual(['a', 'b']);
  });
});
