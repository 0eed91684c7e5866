// Lexical (every Facebook box, Messenger included): paste is taken for any text; insertText works for a single line.
import type { EditorAdapter, ReadLimits } from './types';
import { createEditableAdapter } from './editable-adapter';

export function lexicalAdapter(root: HTMLElement, limits?: ReadLimits): EditorAdapter {
  return createEditableAdapter(
    root,
    {
      kind: 'lexical',
      // Lexical drops '\n' from insertText, so multi-line text goes by paste only (each line becomes a paragraph).
      recipe: { techniques: (text) => (text.includes('\n') ? ['paste'] : ['paste', 'insert-text']) },
    },
    limits,
  );
}
