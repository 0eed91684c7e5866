// One set of passive listeners per page for everything that moves a reply box: scroll (any scroller), resize, the box's own size.
// Callbacks run at most once per animation frame, all together.
import { listen, watchResizes } from '../../shared/diagnostics/live-resources';

export interface LayoutWatch {
  /** Calls onLayout after the element may have moved or resized; returns a disposer. */
  watch(element: Element, onLayout: () => void): () => void;
  /** Something in the page changed that may move boxes (e.g. content inserted above them). */
  schedule(): void;
  dispose(): void;
}

export function createLayoutWatch(win: Window): LayoutWatch {
  const callbacks = new Map<Element, Set<() => void>>();
  let frame = 0;
  const flush = () => {
    frame = 0;
    for (const set of [...callbacks.values()]) {
      for (const callback of [...set]) {
        try {
          callback();
        } catch {
          // One box whose DOM the page broke must not stop the others, nor reach the page's console.
        }
      }
    }
  };
  const schedule = () => {
    if (frame === 0 && callbacks.size > 0) frame = win.requestAnimationFrame(flush);
  };
  const resizeObserver = watchResizes(schedule);
  const listenerOptions: AddEventListenerOptions = { passive: true, capture: true };
  let stopListening: (() => void) | null = null;
  const follow = (on: boolean) => {
    if (on && !stopListening) {
      // Capture sees the scroll of every nested scroller too; scroll events do not bubble.
      const stops = [listen(win, 'scroll', schedule, listenerOptions), listen(win, 'resize', schedule, listenerOptions)];
      stopListening = () => stops.forEach((stop) => stop());
    } else if (!on && stopListening) {
      stopListening();
      stopListening = null;
    }
  };

  return {
    watch(element, onLayout) {
      let set = callbacks.get(element);
      if (!set) {
        set = new Set();
        callbacks.set(element, set);
        resizeObserver.observe(element);
      }
      set.add(onLayout);
      follow(true);
      return () => {
        const current = callbacks.get(element);
        if (!current) return;
        current.delete(onLayout);
        if (current.size === 0) {
          callbacks.delete(element);
          resizeObserver.unobserve(element);
        }
        if (callbacks.size === 0) follow(false);
      };
    },
    schedule,
    dispose() {
      if (frame) win.cancelAnimationFrame(frame);
      frame = 0;
      callbacks.clear();
      resizeObserver.disconnect();
      follow(false);
    },
  };
}
