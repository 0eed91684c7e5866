// A <textarea> (X's new DM composer, React-controlled): execCommand('insertText') keeps native undo and React sees its `input`.
import { listen, repeat, watchMutations } from '../../shared/diagnostics/live-resources';
import type { InsertMode } from '../../shared/messaging/reply-box';
import type { EditorAdapter, ReadLimits } from './types';
import { createTextareaRects } from './textarea-mirror';
import { settleSelection } from './selection';

// React writes `.value` without any event when it clears or restores a controlled field; only polling sees that.
const VALUE_POLL_MS = 150;

function setNativeValue(textarea: HTMLTextAreaElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  setter?.call(textarea, value);
  textarea.dispatchEvent(new Event('input', { bubbles: true }));
}

async function insertIntoTextarea(textarea: HTMLTextAreaElement, text: string, mode: InsertMode): Promise<boolean> {
  const focused = (textarea.getRootNode() as Document | ShadowRoot).activeElement === textarea;
  const length = textarea.value.length;
  const [start, end] =
    mode === 'replace' ? [0, length] : focused ? [textarea.selectionStart, textarea.selectionEnd] : [length, length];
  const expected = textarea.value.slice(0, start) + text + textarea.value.slice(end);
  if (!focused) textarea.focus({ preventScroll: true });
  textarea.setSelectionRange(start, end);
  await settleSelection(0);
  if (!textarea.ownerDocument.execCommand('insertText', false, text) || textarea.value !== expected) {
    // No undo entry this way, but React's value tracker still sees the change through the native setter.
    setNativeValue(textarea, expected);
    textarea.setSelectionRange(start + text.length, start + text.length);
  }
  await settleSelection(0);
  return textarea.value === expected;
}

export function textareaAdapter(textarea: HTMLTextAreaElement, limits: ReadLimits = {}): EditorAdapter {
  const maxChars = limits.maxChars ?? Infinity;
  let lastValue: string | null = null;
  const rects = createTextareaRects(textarea, maxChars);
  const rangesFor = () => [] as Range[];
  return {
    kind: 'textarea',
    root: textarea,
    readText: () => {
      lastValue = textarea.value;
      return lastValue.length > maxChars ? lastValue.slice(0, maxChars) : lastValue;
    },
    // A textarea's text has no DOM nodes to range over; rectsFor measures a mirror instead.
    rangesFor,
    rectsFor: (start, end) => (lastValue !== null && textarea.value !== lastValue ? [] : rects(start, end)),
    insert: (text, mode) => insertIntoTextarea(textarea, text, mode),
    observe: (onChange) => {
      let seen = textarea.value;
      const check = () => {
        if (textarea.value === seen) return;
        seen = textarea.value;
        onChange();
      };
      const stopInput = listen(textarea, 'input', check);
      const stopPolling = repeat(check, VALUE_POLL_MS);
      // Disabling a field fires no event either: the box the page takes away, or gives back, is re-checked at once.
      const disabling = watchMutations(() => onChange());
      disabling.observe(textarea, { attributes: true, attributeFilter: ['disabled'] });
      return () => {
        stopInput();
        stopPolling();
        disabling.disconnect();
      };
    },
  };
}
