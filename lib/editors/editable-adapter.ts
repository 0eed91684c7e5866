// The EditorAdapter shared by every contenteditable family; each family supplies only its DOM quirks and insertion recipe.
import type { EditorAdapter, EditorKind } from './types';
import { buildTextMap, type TextMap, type TextMapOptions } from './text-map';
import { insertWithRecipe, type InsertRecipe } from './insert-text';
import { observeEditable } from './observe-editable';

export interface EditableFamily extends TextMapOptions {
  kind: Exclude<EditorKind, 'textarea'>;
  recipe: InsertRecipe;
}

export function createEditableAdapter(root: HTMLElement, family: EditableFamily): EditorAdapter {
  let lastRead: string | null = null;
  const map = (): TextMap => buildTextMap(root, family);
  const readText = () => {
    lastRead = map().text;
    return lastRead;
  };
  const rangesFor = (start: number, end: number): Range[] => {
    const current = map();
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
    insert: (text, mode) => insertWithRecipe(root, text, mode, family.recipe, () => map().text),
    observe: (onChange) => observeEditable(root, onChange),
  };
}
