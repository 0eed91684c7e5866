// One function per place a charter comes from; each queues its text for applyCharterText.
import { applyCharterText, type CharterApplyResult, type CharterOrigin } from './apply-charter';
import { BUILTIN_CHARTER_TEXT } from './builtin-charter';
import { queueCharterUpdate } from './charter-queue';
import { DEMO_CHARTER_FILE, DEMO_CHARTER_TEXT } from './demo-charter';

/** A charter text and where it came from. */
export interface CharterText {
  text: string;
  from: CharterOrigin;
}

export const BUILTIN_CHARTER_SOURCE: CharterText = { text: BUILTIN_CHARTER_TEXT, from: { source: 'builtin' } };
export const DEMO_CHARTER_SOURCE: CharterText = { text: DEMO_CHARTER_TEXT, from: { source: 'demo', origin: DEMO_CHARTER_FILE } };

export function loadBuiltinCharter(): Promise<CharterApplyResult> {
  return queueCharterUpdate(() => applyCharterText(BUILTIN_CHARTER_SOURCE.text, BUILTIN_CHARTER_SOURCE.from));
}

export function loadDemoCharter(): Promise<CharterApplyResult> {
  return queueCharterUpdate(() => applyCharterText(DEMO_CHARTER_SOURCE.text, DEMO_CHARTER_SOURCE.from));
}

/** A charter file the manager picked in the options page. */
export function importCharterFile(text: string, fileName: string): Promise<CharterApplyResult> {
  return queueCharterUpdate(() => applyCharterText(text, { source: 'file', origin: fileName }));
}
