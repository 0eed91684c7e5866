// Finds every reply box on the page and notices boxes coming and going: one MutationObserver on the document and on the
// site's open shadow roots, no polling. Changes inside a known box (typing) never trigger a search.
import { watchMutations } from '../../shared/diagnostics/live-resources';
import { MEASURING_ATTRIBUTE } from '../editors/textarea-mirror';
import { isOverlayHost } from '../overlay/overlay-host';
import type { FoundReplyBox } from '../platforms/find-reply-boxes';

export interface ReplyBoxSource {
  /** Every reply box on the page now, including those in open shadow roots, with the adapter that describes it. */
  findBoxes(): FoundReplyBox[];
  /** The open shadow roots where the site mounts boxes: a document observer does not see inside them. */
  shadowRoots(): ShadowRoot[];
}

export interface BoxRegistryEvents {
  added(found: FoundReplyBox): void;
  removed(box: HTMLElement): void;
  /** The page's structure changed outside the boxes: overlays may have to move. */
  pageChanged(): void;
}

export interface BoxRegistry {
  /** Searches now (e.g. when focus lands in an editable the last search missed). */
  rescan(): void;
  dispose(): void;
}

/** Our own nodes (overlay hosts, fallback styles, measuring mirrors) and nodes that came and went within one batch are no reason to search again. */
function isNoise(node: Node, transient: ReadonlySet<Node>): boolean {
  return transient.has(node) || isOverlayHost(node) || (node instanceof HTMLElement && node.hasAttribute(MEASURING_ATTRIBUTE));
}

export function watchReplyBoxes(doc: Document, source: ReplyBoxSource, events: BoxRegistryEvents): BoxRegistry {
  const known = new Set<HTMLElement>();
  const observedRoots = new WeakSet<Node>();
  const win = doc.defaultView!;
  let frame = 0;

  const isInsideKnownBox = (node: Node): boolean => {
    for (let current: Node | null = node; current; current = current.parentNode) {
      if (known.has(current as HTMLElement)) return true;
    }
    return false;
  };

  const search = () => {
    for (const root of source.shadowRoots()) observe(root);
    const found = new Map(source.findBoxes().map((box) => [box.editable, box]));
    for (const box of [...known]) {
      if (!found.has(box) || !box.isConnected) {
        known.delete(box);
        events.removed(box);
      }
    }
    for (const [box, description] of found) {
      if (known.has(box) || !box.isConnected) continue;
      known.add(box);
      events.added(description);
    }
  };

  const rescan = () => {
    if (frame) win.cancelAnimationFrame(frame);
    frame = 0;
    try {
      search();
    } catch {
      // The page's DOM surprised a selector: the next mutation searches again; nothing reaches the page's console.
    }
  };

  const scheduleRescan = () => {
    // One search per frame at most, however many mutation batches arrive.
    if (frame === 0) frame = win.requestAnimationFrame(rescan);
  };

  const observer = watchMutations((records) => {
    const added = new Set<Node>();
    for (const record of records) record.addedNodes.forEach((node) => added.add(node));
    const transient = new Set<Node>();
    for (const record of records) record.removedNodes.forEach((node) => added.has(node) && transient.add(node));
    const relevant = records.some((record) => {
      if (isInsideKnownBox(record.target)) return false;
      if (record.type === 'attributes') return true;
      const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
      return nodes.some((node) => !isNoise(node, transient));
    });
    if (!relevant) return;
    scheduleRescan();
    events.pageChanged();
  });

  function observe(root: Document | ShadowRoot) {
    if (observedRoots.has(root)) return;
    observedRoots.add(root);
    // An element may become editable after it is inserted (editor libraries set contenteditable on mount).
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] });
  }

  observe(doc);
  rescan();

  return {
    rescan,
    dispose() {
      if (frame) win.cancelAnimationFrame(frame);
      frame = 0;
      observer.disconnect();
      for (const box of [...known]) events.removed(box);
      known.clear();
    },
  };
}
