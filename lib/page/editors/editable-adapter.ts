// The EditorAdapter shared by every contenteditable family; each family supplies only its DOM quirks and insertion recipe.
import type { EditorAdapter, EditorKind, ReadLimits } from './types';
import { buildTextMap, type TextMap, type TextMapOptions } from './text-map';
import { insertWithRecipe, type InsertRecipe } from './insert-text';
import { observeEditable } from './observe-editable';

export interface EditableFamily extends TextMapOptions {
  kind: Exclude<EditorKind, 'textarea'>;
  recipe: InsertRecipe;
}

export function createEditableAdapter(root: HTMLElement, family: EditableFamily, limits: ReadLimits = {}): EditorAdapter {
  const map = (maxChars = limits.maxChars): TextMap => buildTextMap(root, { skipElement: family.skipElement, maxChars });
  /** The map of the last read: the underlines of one check reuse it while the DOM still matches it. */
  let lastMap: TextMap | null = null;
  let lastRead: string | null = null;
  const readText = () => {
    lastMap = map();
    lastRead = lastMap.text;
    return lastRead;
  };
  const rangesFor = (start: number, end: number): Range[] => {
    const current = lastMap?.holds(start, end) ? lastMap : map();
    // Offsets are only meaningful against the text they were computed on.
    if (lastRead !== null && current.text !== lastRead) return [];
    return current.rangesFor(start, end);
  };
  return {
    kind: family.kind,
    root,
    readText,
    rangesFor,
    rectsFor: (start, end) => rangesFor(start, end).flatMap((range) => Array.from(range.getClientRects())),
    // The whole text, however long: whether the inserted phrasing is there may be decided past the checked part.
    insert: (text, mode) => insertWithRecipe(root, text, mode, family.recipe, () => map(Infinity).text),
    observe: (onChange) =>
      observeEditable(root, () => {
        lastMap = null;
        onChange();
      }),
  };
}
