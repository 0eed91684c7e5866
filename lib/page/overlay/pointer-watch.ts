// One passive pointermove listener per page, rAF-throttled, for hover cards over underlined spans (the spans get no events of their own).
import { listen } from '../../shared/diagnostics/live-resources';

export type PointerListener = (x: number, y: number) => void;

export interface PointerWatch {
  subscribe(listener: PointerListener): () => void;
  dispose(): void;
}

export function createPointerWatch(win: Window): PointerWatch {
  const listeners = new Set<PointerListener>();
  let frame = 0;
  let x = 0;
  let y = 0;
  const flush = () => {
    frame = 0;
    for (const listener of [...listeners]) {
      try {
        listener(x, y);
      } catch {
        // A hover that cannot be worked out shows no card; it must not reach the page's console.
      }
    }
  };
  const onMove = (event: PointerEvent) => {
    x = event.clientX;
    y = event.clientY;
    if (frame === 0) frame = win.requestAnimationFrame(flush);
  };
  let stopMoves: (() => void) | null = null;
  const follow = (on: boolean) => {
    if (on) stopMoves ??= listen(win.document, 'pointermove', onMove, { passive: true, capture: true });
    else {
      stopMoves?.();
      stopMoves = null;
    }
  };
  return {
    subscribe(listener) {
      if (listeners.size === 0) follow(true);
      listeners.add(listener);
      return () => {
        if (!listeners.delete(listener)) return;
        if (listeners.size === 0) follow(false);
      };
    },
    dispose() {
      if (frame) win.cancelAnimationFrame(frame);
      frame = 0;
      listeners.clear();
      follow(false);
    },
  };
}
