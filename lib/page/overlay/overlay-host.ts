// Gardefou's own element beside a reply box: a fixed, zero-size host with a closed shadow root, so neither the site's CSS nor
// its scripts can reach inside.
import { adoptStyles } from './adopt-styles';
import { overlayShadowMode } from './overlay-diagnostics';

export const OVERLAY_HOST_TAG = 'gardefou-overlay';

export interface OverlayHost {
  shadow: ShadowRoot;
  /** Where the fallback underline boxes go. */
  marks: HTMLElement;
  /** Where the badge and the card render. */
  view: HTMLElement;
  setVisible(visible: boolean): void;
  /** Makes client coordinates land where they should even when an ancestor (transform, filter) re-roots fixed positioning. */
  alignToViewport(): void;
  remove(): void;
}

export function isOverlayHost(node: Node): boolean {
  return node.nodeName === OVERLAY_HOST_TAG.toUpperCase();
}

/**
 * Appends the host outside the editor: to the editor's shadow root if it lives in one, else to <body>.
 * `boxId` is the session's opaque id (as in ActiveBoxState), so the popup's box and its badge can be matched.
 */
export function createOverlayHost(editable: HTMLElement, css: string, boxId: string): OverlayHost {
  const doc = editable.ownerDocument;
  const host = doc.createElement(OVERLAY_HOST_TAG);
  // CSSOM writes, not a style attribute: a page CSP without 'unsafe-inline' blocks the latter.
  host.style.cssText = 'all:initial;position:fixed;left:0;top:0;width:0;height:0;z-index:2147483647;pointer-events:none;display:block';
  host.dataset.box = boxId;
  // Closed: page scripts see an empty host (overlay-diagnostics.ts says how the browser tests still read it).
  const shadow = host.attachShadow({ mode: overlayShadowMode() });
  adoptStyles(shadow, css);
  const marks = doc.createElement('div');
  marks.className = 'layer';
  const view = doc.createElement('div');
  view.className = 'layer';
  shadow.append(marks, view);
  const tree = editable.getRootNode();
  (tree instanceof ShadowRoot ? tree : doc.body ?? doc.documentElement).append(host);
  return {
    shadow,
    marks,
    view,
    setVisible: (visible) => {
      host.style.display = visible ? 'block' : 'none';
    },
    alignToViewport: () => {
      // A fixed host at (0, 0) sits at its containing block's origin: the viewport's, or a transformed ancestor's.
      const origin = host.getBoundingClientRect();
      const transform = origin.left === 0 && origin.top === 0 ? '' : `translate(${-origin.left}px, ${-origin.top}px)`;
      for (const layer of [marks, view]) if (layer.style.transform !== transform) layer.style.transform = transform;
    },
    remove: () => host.remove(),
  };
}
