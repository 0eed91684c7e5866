// Sends a charter the manager picked or dropped to the background, which validates it and only then puts it in force.
import { browser } from 'wxt/browser';
import type { BackgroundRequest, CharterApplyResponse } from '../../shared/messaging/protocol';
import { charterFailureText } from '../common/charter-failure-text';

/** Far above any real charter; a bigger file is almost surely the wrong one. */
export const MAX_CHARTER_BYTES = 2 * 1024 * 1024;

export type CharterFileProblem = 'too-large' | 'unreadable';

export type CharterImportOutcome =
  | { kind: 'applied'; response: CharterApplyResponse }
  | { kind: 'refused'; errors: string[] }
  | { kind: 'file-problem'; problem: CharterFileProblem };

/** The background's answer in the shape the page shows: an unexpected answer counts as a refusal with a reason. */
export function outcomeOfResponse(response: CharterApplyResponse | undefined): CharterImportOutcome {
  if (!response) return { kind: 'refused', errors: ['the extension did not answer the import'] };
  if (response.ok) return { kind: 'applied', response };
  // "Not a valid charter" is what the detailed lines already say; every other failure is a line of its own.
  const failures = (response.failures ?? []).filter((failure) => failure.kind !== 'invalid-charter').map(charterFailureText);
  const errors = [...failures, ...(response.errors ?? [])];
  return { kind: 'refused', errors: errors.length ? errors : ['the charter was refused without a reason'] };
}

async function sendToBackground(request: BackgroundRequest): Promise<CharterImportOutcome> {
  try {
    return outcomeOfResponse((await browser.runtime.sendMessage(request)) as CharterApplyResponse | undefined);
  } catch (error) {
    return { kind: 'refused', errors: [`the extension could not take the charter: ${error instanceof Error ? error.message : String(error)}`] };
  }
}

/** `pin`: the manager PIN the page was unlocked with, when settings need it (junior mode, a PIN set). */
export async function importCharterFile(file: File, pin?: string): Promise<CharterImportOutcome> {
  if (file.size > MAX_CHARTER_BYTES) return { kind: 'file-problem', problem: 'too-large' };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { kind: 'file-problem', problem: 'unreadable' };
  }
  return sendToBackground({ type: 'gardefou:import-charter', text, fileName: file.name, ...(pin ? { pin } : {}) });
}

export function loadDemoCharter(pin?: string): Promise<CharterImportOutcome> {
  return sendToBackground({ type: 'gardefou:load-demo-charter', ...(pin ? { pin } : {}) });
}
