// The site's send key: Enter on Facebook and in DMs, Ctrl/Cmd+Enter in X and LinkedIn composers; never Shift+Enter or an IME Enter.
import { describe, expect, it } from 'vitest';
import { isSendKeyPress, type KeyPress } from '../../../lib/page/junior/send-keys';

const press = (changes: Partial<KeyPress> = {}): KeyPress => ({ key: 'Enter', shiftKey: false, ctrlKey: false, metaKey: false, isComposing: false, ...changes });
const ENTER = { key: 'Enter' as const, withModifier: false };
const MOD_ENTER = { key: 'Enter' as const, withModifier: true };

describe('isSendKeyPress', () => {
  it('Enter sends where Enter is the send key (with or without Ctrl)', () => {
    expect(isSendKeyPress(press(), ENTER)).toBe(true);
    expect(isSendKeyPress(press({ ctrlKey: true }), ENTER)).toBe(true);
  });

  it('only Ctrl/Cmd+Enter sends where a modifier is needed; plain Enter is a new line', () => {
    expect(isSendKeyPress(press(), MOD_ENTER)).toBe(false);
    expect(isSendKeyPress(press({ ctrlKey: true }), MOD_ENTER)).toBe(true);
    expect(isSendKeyPress(press({ metaKey: true }), MOD_ENTER)).toBe(true);
  });

  it('never counts Shift+Enter, an IME Enter, or another key', () => {
    for (const sendKey of [ENTER, MOD_ENTER]) {
      expect(isSendKeyPress(press({ shiftKey: true }), sendKey)).toBe(false);
      expect(isSendKeyPress(press({ shiftKey: true, ctrlKey: true }), sendKey)).toBe(false);
      expect(isSendKeyPress(press({ isComposing: true, ctrlKey: true }), sendKey)).toBe(false);
      expect(isSendKeyPress(press({ keyCode: 229, ctrlKey: true }), sendKey)).toBe(false);
      expect(isSendKeyPress(press({ key: 'a', ctrlKey: true }), sendKey)).toBe(false);
    }
  });
});
