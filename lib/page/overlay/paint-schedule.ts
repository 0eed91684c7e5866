// When the overlay paints a new check: now, or in the next animation frame for a draft past the checked length (a huge
// paste, whose measuring would otherwise land in the editor's own task). A newer request or dispose() drops a pending one.

export interface PaintSchedule {
  /** Paints now, or in the next frame when `deferred` (and the page has a window); replaces any pending paint. */
  request(deferred: boolean): void;
  /** Drops a pending paint; nothing is painted afterwards. */
  dispose(): void;
}

export function createPaintSchedule(windowOf: () => Window | null, paint: () => void): PaintSchedule {
  let frame = 0;
  let disposed = false;
  const cancel = () => {
    if (frame) windowOf()?.cancelAnimationFrame(frame);
    frame = 0;
  };
  return {
    request(deferred) {
      if (disposed) return;
      cancel();
      const win = windowOf();
      if (deferred && win) {
        frame = win.requestAnimationFrame(() => {
          frame = 0;
          if (!disposed) paint();
        });
        return;
      }
      paint();
    },
    dispose() {
      disposed = true;
      cancel();
    },
  };
}
