// ProseMirror / TipTap (LinkedIn 2026 comment boxes): execCommand('insertText') first, as live LinkedIn tests reported;
// ProseMirror reads the browser's edit back from the DOM, including '\n' split into paragraphs and blank lines.
import type { EditorAdapter, ReadLimits } from './types';
import { createEditableAdapter } from './editable-adapter';

export function proseMirrorAdapter(root: HTMLElement, limits?: ReadLimits): EditorAdapter {
  return createEditableAdapter(
    root,
    {
      kind: 'prosemirror',
      recipe: {
        // The paste fallback goes through ProseMirror's clipboard parser, which merges runs of blank lines.
        techniques: () => ['insert-text', 'paste'],
        normalize: (text) => text.replace(/\n+/g, '\n'),
      },
    },
    limits,
  );
}
