// What an editor adapter does for one editable: read its text, map engine offsets to the DOM, insert text the library accepts.
// Editor adapters know an editor library's DOM conventions and nothing of sites or rules.
import type { InsertMode } from '../../shared/messaging/reply-box';

export type EditorKind = 'lexical' | 'draft' | 'prosemirror' | 'quill' | 'textarea' | 'contenteditable';

/** How much of an editor's text a read may return. */
export interface ReadLimits {
  /** readText() returns at most this many characters (the start of the text); unbounded when absent. */
  maxChars?: number;
}

export interface EditorAdapter {
  kind: EditorKind;
  /** The editable root: a contenteditable element or a textarea. */
  root: HTMLElement;
  /** The text as the engine sees it: one '\n' between blocks, no trailing newline, no placeholder text; cut at ReadLimits.maxChars. */
  readText(): string;
  /**
   * DOM ranges covering engine offsets [start, end) of readText(), for contenteditable editors.
   * Returns [] when the offsets cannot be mapped (the DOM changed since the read).
   */
  rangesFor(start: number, end: number): Range[];
  /** Client rectangles covering [start, end): from ranges for contenteditables, from a mirror element for textareas. */
  rectsFor(start: number, end: number): DOMRect[];
  /** Insert text through a technique the library accepts, so its own state holds it and undo keeps working. Resolves true when the text is read back. */
  insert(text: string, mode: InsertMode): Promise<boolean>;
  /** Calls onChange after every change to the text (typing, paste, programmatic edits). Returns a disposer that releases every observer and listener. */
  observe(onChange: () => void): () => void;
}
