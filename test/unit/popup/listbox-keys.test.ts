// The phrasing list's keyboard: arrows and Home/End move, Enter replaces, Shift+Enter inserts at the caret, Ctrl+C copies.
import { describe, expect, it } from 'vitest';
import { listboxKeyAction, type KeyPress } from '../../../lib/extension-pages/popup/listbox-keys';
import { tabIdFromSearch } from '../../../lib/extension-pages/popup/target-tab';

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...modifiers,
});

describe('listboxKeyAction', () => {
  it('moves with the arrows and stops at both ends', () => {
    expect(listboxKeyAction(press('ArrowDown'), 0, 3)).toEqual({ type: 'move', index: 1 });
    expect(listboxKeyAction(press('ArrowDown'), 2, 3)).toEqual({ type: 'move', index: 2 });
    expect(listboxKeyAction(press('ArrowUp'), 0, 3)).toEqual({ type: 'move', index: 0 });
    expect(listboxKeyAction(press('ArrowUp'), -1, 3)).toEqual({ type: 'move', index: 2 });
    expect(listboxKeyAction(press('Home'), 2, 3)).toEqual({ type: 'move', index: 0 });
    expect(listboxKeyAction(press('End'), 0, 3)).toEqual({ type: 'move', index: 2 });
    expect(listboxKeyAction(press('PageDown'), 0, 3)).toEqual({ type: 'move', index: 2 });
  });

  it('inserts with Enter (replace) and Shift+Enter (at the caret)', () => {
    expect(listboxKeyAction(press('Enter'), 1, 3)).toEqual({ type: 'insert', mode: 'replace' });
    expect(listboxKeyAction(press('Enter', { shiftKey: true }), 1, 3)).toEqual({ type: 'insert', mode: 'caret' });
  });

  it('copies with Ctrl+C or Cmd+C only', () => {
    expect(listboxKeyAction(press('c', { ctrlKey: true }), 0, 3)).toEqual({ type: 'copy' });
    expect(listboxKeyAction(press('c', { metaKey: true }), 0, 3)).toEqual({ type: 'copy' });
    expect(listboxKeyAction(press('c'), 0, 3)).toBeNull();
  });

  it('leaves other keys, modified arrows and an empty list alone', () => {
    expect(listboxKeyAction(press('Tab'), 0, 3)).toBeNull();
    expect(listboxKeyAction(press('Escape'), 0, 3)).toBeNull();
    expect(listboxKeyAction(press('ArrowDown', { altKey: true }), 0, 3)).toBeNull();
    expect(listboxKeyAction(press('Enter', { ctrlKey: true }), 0, 3)).toBeNull();
    expect(listboxKeyAction(press('ArrowDown'), -1, 0)).toBeNull();
  });
});

describe('tabIdFromSearch', () => {
  it('reads ?tab=<id> and refuses anything else', () => {
    expect(tabIdFromSearch('?tab=42')).toBe(42);
    expect(tabIdFromSearch('?x=1&tab=7')).toBe(7);
    expect(tabIdFromSearch('?tab=abc')).toBeNull();
    expect(tabIdFromSearch('?tab=-1')).toBeNull();
    expect(tabIdFromSearch('')).toBeNull();
  });
});
