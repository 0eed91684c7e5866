// Whether a key press is the site's "send" for a box: Enter on Facebook and in DMs, Ctrl/Cmd+Enter in X and LinkedIn
// composers. Shift+Enter (a line break everywhere) and an Enter that ends an IME composition are never a send.
import type { SendKey } from '../platforms/types';

export type KeyPress = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'isComposing'> & { keyCode?: number };

/** keyCode 229: the key went to an input method (some browsers leave isComposing false on the last key). */
const IME_KEY_CODE = 229;

export function isSendKeyPress(press: KeyPress, sendKey: SendKey): boolean {
  if (press.key !== sendKey.key || press.isComposing || press.keyCode === IME_KEY_CODE || press.shiftKey) return false;
  // Where Enter alone sends, Ctrl+Enter sends too; where a modifier is needed, plain Enter is a new line.
  return sendKey.withModifier ? press.ctrlKey || press.metaKey : true;
}
