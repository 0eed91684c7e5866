// The insertion recipe proven on the editor libraries: focus, place the selection, let it settle, then a technique the editor accepts.
import type { InsertMode } from '../../shared/messaging/reply-box';
import { isFocusedEditable, rangeInside, selectAllOrEnd, selectRange, settleSelection } from './selection';

/**
 * - `paste`: a synthetic ClipboardEvent carrying text/plain; editors that handle paste cancel it and apply it to their state.
 * - `insert-text`: execCommand('insertText'): the browser edits the DOM and fires `input`; single-line text only unless the editor
 *   turns the inserted newlines into its own blocks.
 */
export type InsertTechnique = 'paste' | 'insert-text';

export interface InsertRecipe {
  /** Techniques for this text, tried in order until one is read back. */
  techniques(text: string): InsertTechnique[];
  /** How to compare the read-back text, e.g. editors that merge blank lines. */
  normalize?(text: string): string;
  settleMs?: number;
  /** False where the editor is known to mishandle the techniques: nothing is touched and the popup offers the clipboard. */
  worksHere?(): boolean;
}

/**
 * Firefox: Draft.js and Quill take the synthetic paste but keep their own stale selection, so a replacement lands after the
 * old draft (Draft.js) or empties the box (Quill) (test/firefox/main-scenario.test.ts). The CM's draft is never risked.
 */
export const notInFirefox = (): boolean => typeof navigator === 'undefined' || !/\bFirefox\//.test(navigator.userAgent);

const nextTask = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Applies one technique; false when the editor visibly ignored it (nothing to wait for). */
function apply(root: HTMLElement, technique: InsertTechnique, text: string): boolean {
  if (technique === 'insert-text') return root.ownerDocument.execCommand('insertText', false, text);
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  root.dispatchEvent(paste);
  // An editor that takes a paste cancels the event; a synthetic paste has no default action of its own.
  return paste.defaultPrevented;
}

export async function insertWithRecipe(
  root: HTMLElement,
  text: string,
  mode: InsertMode,
  recipe: InsertRecipe,
  readText: () => string,
): Promise<boolean> {
  if (recipe.worksHere && !recipe.worksHere()) return false;
  const normalize = recipe.normalize ?? ((value: string) => value);
  const settleMs = recipe.settleMs ?? 50;
  const caret = mode === 'caret' ? rangeInside(root)?.cloneRange() ?? null : null;
  if (!isFocusedEditable(root)) root.focus({ preventScroll: true });
  if (caret) selectRange(root, caret);
  else selectAllOrEnd(root, mode === 'caret');
  await settleSelection(settleMs);

  const before = readText();
  const expected = normalize(text);
  const readBack = () => {
    const after = normalize(readText());
    return mode === 'replace' ? after === expected : after !== normalize(before) && after.includes(expected);
  };
  for (const technique of recipe.techniques(text)) {
    if (!apply(root, technique, text)) continue;
    // Draft.js re-renders through React and Quill commits its model on the next task.
    for (let waited = 0; waited < 500; waited += 25) {
      if (readBack()) return true;
      await nextTask(25);
    }
    // The editor changed the text, but not as asked: a second technique would insert twice.
    if (readText() !== before) return false;
  }
  return false;
}
