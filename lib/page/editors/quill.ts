// Quill 2 (LinkedIn legacy comment boxes, and the share composer inside an open shadow root): paste keeps every line break.
import type { EditorAdapter, ReadLimits } from './types';
import { createEditableAdapter } from './editable-adapter';
import { notInFirefox } from './insert-text';

export function quillAdapter(root: HTMLElement, limits?: ReadLimits): EditorAdapter {
  return createEditableAdapter(
    root,
    {
      kind: 'quill',
      // Quill's cursor blot and list markers are UI, not text.
      skipElement: (element) => element.classList.contains('ql-cursor') || element.classList.contains('ql-ui'),
      recipe: { techniques: () => ['paste', 'insert-text'], worksHere: notInFirefox },
    },
    limits,
  );
}
