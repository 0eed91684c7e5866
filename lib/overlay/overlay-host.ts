// Gardefou's own element beside a reply box: a fixed, zero-size host with a shadow root, so the site's CSS cannot reach inside.

export const OVERLAY_HOST_TAG = 'gardefou-overlay';

export interface OverlayHost {
  shadow: ShadowRoot;
  /** Where the fallback underline boxes go. */
  marks: HTMLElement;
  /** Where the badge and the card render. */
  view: HTMLElement;
  setVisible(visible: boolean): void;
  remove(): void;
}

export function isOverlayHost(node: Node): boolean {
  return node.nodeName === OVERLAY_HOST_TAG.toUpperCase();
}

/** Appends the host outside the editor: to the editor's shadow root if it lives in one (styles must reach it there), else to <body>. */
/** `boxId` is the session's opaque id (as in ActiveBoxState), so the popup's box and its badge can be matched. */
export function createOverlayHost(editable: HTMLElement, css: string, boxId: string): OverlayHost {
  const doc = editable.ownerDocument;
  const host = doc.createElement(OVERLAY_HOST_TAG);
  host.setAttribute('style', 'all:initial;position:fixed;left:0;top:0;width:0;height:0;z-index:2147483647;pointer-events:none;display:block');
  host.dataset.box = boxId;
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const marks = doc.createElement('div');
  marks.className = 'layer';
  const view = doc.createElement('div');
  view.className = 'layer';
  shadow.append(style, marks, view);
  const tree = editable.getRootNode();
  (tree instanceof ShadowRoot ? tree : doc.body ?? doc.documentElement).append(host);
  return {
    shadow,
    marks,
    view,
    setVisible: (visible) => {
      host.style.display = visible ? 'block' : 'none';
    },
    remove: () => host.remove(),
  };
}
