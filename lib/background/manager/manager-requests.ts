// The background's answers to the options page about distribution and modes: every change is checked against the
// policy's locks and the manager PIN here, whatever the page showed, so a refused change never reaches storage.
import { browser } from 'wxt/browser';
import { parseHttpUrl } from '../../shared/charter-url/fetch-charter-url';
import type { RefreshOutcome } from '../charter-sources/refresh-charter';
import { MODES } from '../../core/engine/vocabulary';
import { isManagerRequest, type ManagerRequest, type ManagerResponse } from '../../shared/messaging/manager-protocol';
import { charterUrlValidatorsItem, managerCharterUrlItem, managerPinItem } from '../../shared/storage/manager-items';
import { modeOverrideItem } from '../../shared/storage/settings-items';
import { slowRulesItem } from '../../shared/storage/slow-rules';
import { readLockContext } from '../../shared/settings/lock-context';
import { hashPin, isAcceptablePin } from '../../shared/settings/manager-pin';
import { authorizeChange } from '../../shared/settings/settings-lock';
import type { SettingsRefusal } from '../../shared/settings/settings-refusal';

export interface ManagerRequestDeps {
  refresh(): Promise<RefreshOutcome>;
  checkPin(pin: string): Promise<SettingsRefusal | null>;
}

const refused = (refusal: SettingsRefusal): ManagerResponse => ({ ok: false, refusal });

async function setCharterUrl(request: Extract<ManagerRequest, { type: 'gardefou:set-charter-url' }>, deps: ManagerRequestDeps): Promise<ManagerResponse> {
  const refusal = await authorizeChange('charter-url', await readLockContext(), request.pin, deps.checkPin);
  if (refusal) return refused(refusal);
  const url = request.url === null ? null : parseHttpUrl(String(request.url))?.href ?? undefined;
  if (url === undefined) return refused('bad-value');
  if (url !== (await managerCharterUrlItem.getValue())) {
    // Validators belong to the old address; the next fetch of the new one is unconditional.
    await charterUrlValidatorsItem.setValue(null);
    await managerCharterUrlItem.setValue(url);
  }
  const { load } = await deps.refresh();
  return { ok: true, load };
}

async function setManagerMode(request: Extract<ManagerRequest, { type: 'gardefou:set-manager-mode' }>, deps: ManagerRequestDeps): Promise<ManagerResponse> {
  const mode = request.mode;
  if (mode !== null && !MODES.includes(mode)) return refused('bad-value');
  const context = await readLockContext();
  const refusal = await authorizeChange('mode', context, request.pin, deps.checkPin);
  if (refusal) return refused(refusal);
  // Without a PIN nobody could ever leave junior mode.
  if (mode === 'junior' && !context.hasPin) return refused('junior-needs-a-pin-set');
  await modeOverrideItem.setValue(mode);
  return { ok: true };
}

async function setManagerPin(request: Extract<ManagerRequest, { type: 'gardefou:set-manager-pin' }>, deps: ManagerRequestDeps): Promise<ManagerResponse> {
  const context = await readLockContext();
  const refusal = await authorizeChange('pin', context, request.pin, deps.checkPin);
  if (refusal) return refused(refusal);
  if (request.newPin === null) {
    if (context.mode === 'junior') return refused('junior-needs-a-pin-set');
    await managerPinItem.setValue(null);
    return { ok: true };
  }
  if (typeof request.newPin !== 'string' || !isAcceptablePin(request.newPin)) return refused('pin-format');
  await managerPinItem.setValue(await hashPin(request.newPin));
  return { ok: true };
}

export async function answerManagerRequest(request: ManagerRequest, deps: ManagerRequestDeps): Promise<ManagerResponse> {
  switch (request.type) {
    case 'gardefou:set-charter-url':
      return setCharterUrl(request, deps);
    case 'gardefou:set-manager-mode':
      return setManagerMode(request, deps);
    case 'gardefou:set-manager-pin':
      return setManagerPin(request, deps);
    case 'gardefou:check-manager-pin': {
      const refusal = await deps.checkPin(String(request.pin ?? ''));
      return refusal ? refused(refusal) : { ok: true };
    }
    case 'gardefou:refresh-charter':
      return { ok: true, load: (await deps.refresh()).load };
    case 'gardefou:clear-slow-rules': {
      const refusal = await authorizeChange('slow-rules', await readLockContext(), request.pin, deps.checkPin);
      if (refusal) return refused(refusal);
      await slowRulesItem.setValue(null);
      return { ok: true };
    }
  }
}

/** Registers the listener; returns a disposer. */
export function listenForManagerRequests(deps: ManagerRequestDeps): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (response: ManagerResponse) => void) => {
    if (!isManagerRequest(message)) return undefined;
    answerManagerRequest(message, deps).then(sendResponse, () => sendResponse(refused('not-saved')));
    // Keeps the channel open for the asynchronous answer (Chrome's callback style).
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
