// Draft.js (X composers): paste after a settled selection; insertText only for a single line (newlines desync Draft's state).
import type { EditorAdapter, ReadLimits } from './types';
import { createEditableAdapter } from './editable-adapter';
import { notInFirefox } from './insert-text';

export function draftAdapter(root: HTMLElement, limits?: ReadLimits): EditorAdapter {
  return createEditableAdapter(
    root,
    {
      kind: 'draft',
      recipe: { techniques: (text) => (text.includes('\n') ? ['paste'] : ['paste', 'insert-text']), worksHere: notInFirefox },
    },
    limits,
  );
}
