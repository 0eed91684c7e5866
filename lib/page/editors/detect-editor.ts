// Picks the editor family of an element from its own markers and its ancestors' (library roots mark themselves in the DOM).
import type { EditorAdapter, ReadLimits } from './types';
import { contentEditableAdapter } from './contenteditable';
import { draftAdapter } from './draft';
import { lexicalAdapter } from './lexical';
import { proseMirrorAdapter } from './prosemirror';
import { quillAdapter } from './quill';
import { textareaAdapter } from './textarea';

const EDITABLE_SELECTOR = 'textarea, [contenteditable]:not([contenteditable="false"])';

/** The editable root for an element: itself, its editable ancestor, or the one editable it wraps. */
function editableRootOf(element: HTMLElement): HTMLElement | null {
  if (element instanceof HTMLTextAreaElement) return element;
  let root: HTMLElement | null = element.isContentEditable ? element : null;
  // The outermost contenteditable is the editor; inner ones are its own islands.
  for (let parent = root?.parentElement; parent?.isContentEditable; parent = parent.parentElement) root = parent;
  return root ?? element.querySelector<HTMLElement>(EDITABLE_SELECTOR);
}

export function adapterFor(element: HTMLElement, limits?: ReadLimits): EditorAdapter {
  const root = editableRootOf(element);
  if (!root) throw new Error(`not an editable element: <${element.tagName.toLowerCase()}>`);
  if (root instanceof HTMLTextAreaElement) return textareaAdapter(root, limits);
  if (root.closest('[data-lexical-editor="true"]')) return lexicalAdapter(root, limits);
  if (root.closest('.public-DraftEditor-content') || root.querySelector(':scope > [data-contents]')) return draftAdapter(root, limits);
  if (root.closest('.ProseMirror')) return proseMirrorAdapter(root, limits);
  if (root.closest('.ql-editor')) return quillAdapter(root, limits);
  return contentEditableAdapter(root, limits);
}
