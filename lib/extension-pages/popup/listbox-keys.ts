// What a key press means in the popup's phrasing list: move, insert (replace or at the caret), or copy.
import type { InsertMode } from '../../shared/messaging/reply-box';

export type ListboxKeyAction =
  | { type: 'move'; index: number }
  | { type: 'insert'; mode: InsertMode }
  | { type: 'copy' };

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

const PAGE_STEP = 5;

/** Enter replaces the draft, Shift+Enter inserts at the caret, Ctrl/Cmd+C copies; arrows, Home, End and PageUp/Down move. Null: not ours. */
export function listboxKeyAction(press: KeyPress, activeIndex: number, count: number): ListboxKeyAction | null {
  if (count === 0) return null;
  const last = count - 1;
  const at = Math.min(Math.max(activeIndex, 0), last);
  const plain = !press.ctrlKey && !press.altKey && !press.metaKey;
  switch (press.key) {
    case 'ArrowDown':
      return plain ? { type: 'move', index: activeIndex < 0 ? 0 : Math.min(at + 1, last) } : null;
    case 'ArrowUp':
      return plain ? { type: 'move', index: activeIndex < 0 ? last : Math.max(at - 1, 0) } : null;
    case 'Home':
      return plain ? { type: 'move', index: 0 } : null;
    case 'End':
      return plain ? { type: 'move', index: last } : null;
    case 'PageDown':
      return plain ? { type: 'move', index: Math.min(at + PAGE_STEP, last) } : null;
    case 'PageUp':
      return plain ? { type: 'move', index: Math.max(at - PAGE_STEP, 0) } : null;
    case 'Enter':
      if (!plain || activeIndex < 0) return null;
      return { type: 'insert', mode: press.shiftKey ? 'caret' : 'replace' };
    case 'c':
    case 'C':
      return (press.ctrlKey || press.metaKey) && !press.altKey && activeIndex >= 0 ? { type: 'copy' } : null;
    default:
      return null;
  }
}
