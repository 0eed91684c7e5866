// Which page-wide watches one box's overlay holds: the layout (while its badge is wanted, even scrolled away) and the
// pointer (while it also shows underlines, for their hover cards). Each is taken once and given back when not needed.
import type { LayoutWatch } from './layout-watch';
import type { PointerListener, PointerWatch } from './pointer-watch';

export interface BoxFollow {
  /** Follows the box (`on`), and the pointer too when `pointer`; stopping the pointer calls onPointerGone. */
  set(on: boolean, pointer: boolean): void;
}

export function createBoxFollow(
  watches: { layout: LayoutWatch; pointer: PointerWatch },
  root: Element,
  listeners: { onLayout: () => void; onPointer: PointerListener; onPointerGone: () => void },
): BoxFollow {
  let stopLayout: (() => void) | null = null;
  let stopPointer: (() => void) | null = null;
  return {
    set(on, pointer) {
      if (on && !stopLayout) stopLayout = watches.layout.watch(root, listeners.onLayout);
      if (!on && stopLayout) {
        stopLayout();
        stopLayout = null;
      }
      const wantsPointer = on && pointer;
      if (wantsPointer && !stopPointer) stopPointer = watches.pointer.subscribe(listeners.onPointer);
      if (!wantsPointer && stopPointer) {
        stopPointer();
        stopPointer = null;
        listeners.onPointerGone();
      }
    },
  };
}
