// Answers the charter messages of the options page, the popup and the demo (runtime messages to the background).
import { browser } from 'wxt/browser';
import { checkManagerPin } from '../manager/pin-check';
import type { SettingsRefusal } from '../../shared/settings/settings-refusal';
import { isBackgroundRequest, type BackgroundRequest, type CharterApplyResponse } from '../../shared/messaging/protocol';
import type { CharterApplyResult } from './apply-charter';
import { importCharterFile, loadDemoCharter } from './charter-sources';
import { refuseFileImport } from './file-import-gate';

function toResponse(result: CharterApplyResult): CharterApplyResponse {
  return result.ok ? { ok: true, meta: result.meta, warnings: result.warnings } : { ok: false, errors: result.errors, failures: result.failures };
}

export async function answerCharterRequest(
  request: BackgroundRequest,
  checkPin: (pin: string) => Promise<SettingsRefusal | null> = checkManagerPin,
): Promise<CharterApplyResponse> {
  const gate = await refuseFileImport(typeof request.pin === 'string' ? request.pin : undefined, checkPin);
  if (gate) return { ok: false, errors: [], failures: [gate] };
  switch (request.type) {
    case 'gardefou:import-charter':
      if (typeof request.text !== 'string') return { ok: false, errors: ['the import carried no charter text'] };
      return toResponse(await importCharterFile(request.text, String(request.fileName ?? '')));
    case 'gardefou:load-demo-charter':
      return toResponse(await loadDemoCharter());
  }
}

/** Registers the listener; returns a disposer. */
export function listenForCharterRequests(): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (response: CharterApplyResponse) => void) => {
    if (!isBackgroundRequest(message)) return undefined;
    answerCharterRequest(message).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, errors: [`the charter could not be stored: ${error instanceof Error ? error.message : String(error)}`] }),
    );
    // Keeps the channel open for the asynchronous answer (Chrome's callback style).
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
