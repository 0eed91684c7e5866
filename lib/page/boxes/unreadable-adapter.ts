// The adapter of an element Gardefou cannot read as an editor: it places the "cannot read this box" badge and does nothing else.
import type { EditorAdapter } from '../editors/types';

export class UnreadableBoxError extends Error {
  constructor() {
    super('this reply box cannot be read');
  }
}

export function unreadableAdapter(element: HTMLElement): EditorAdapter {
  return {
    kind: 'contenteditable',
    root: element,
    readText: () => {
      throw new UnreadableBoxError();
    },
    rangesFor: () => [],
    rectsFor: () => [],
    insert: async () => false,
    observe: () => () => undefined,
  };
}
