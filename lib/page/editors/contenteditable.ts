// A plain contenteditable (LinkedIn messaging, unknown editors): the page's own paste handler if it has one, else the browser's
// insertText, which turns '\n' into paragraphs and keeps native undo.
import type { EditorAdapter, ReadLimits } from './types';
import { createEditableAdapter } from './editable-adapter';

export function contentEditableAdapter(root: HTMLElement, limits?: ReadLimits): EditorAdapter {
  return createEditableAdapter(
    root,
    {
      kind: 'contenteditable',
      recipe: { techniques: () => ['paste', 'insert-text'] },
    },
    limits,
  );
}
