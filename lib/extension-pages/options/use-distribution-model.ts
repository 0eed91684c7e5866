// Everything the "Distribution & modes" tab shows and does: the sources and their precedence, the manager's URL, the mode
// and where it comes from, the PIN, and the unlocked state. The background decides every change; this only asks.
import { useEffect, useState } from 'preact/hooks';
import type { Mode } from '../../core/engine/vocabulary';
import { effectiveMode, type EffectiveMode } from '../../shared/settings/effective-mode';
import type { ManagerRequest, ManagerResponse } from '../../shared/messaging/manager-protocol';
import { compiledCharterItem } from '../../shared/storage/charter-items';
import { managerCharterUrlItem, managerPinItem } from '../../shared/storage/manager-items';
import { NO_POLICY, policyStateItem, type PolicyState } from '../../shared/storage/policy-state';
import { modeOverrideItem } from '../../shared/storage/settings-items';
import { useStorageItem } from '../common/use-storage-item';
import { distributionLocks, type DistributionLocks } from './distribution-locks';
import { sendManagerRequest } from '../../shared/messaging/manager-client';
import { hasOriginAccess, originPatternOf, requestOriginAccess } from './origin-permission';

export type DistributionAction = 'url' | 'refresh' | 'mode' | 'pin' | 'unlock' | 'slow-rules';

export interface DistributionResult {
  action: DistributionAction;
  response: ManagerResponse;
}

export interface DistributionModel {
  ready: boolean;
  policy: PolicyState;
  managerUrl: string | null;
  /** Whether Gardefou holds a host permission for the manager URL's origin (null while unknown or without a URL). */
  urlAccess: boolean | null;
  /** Whether access to that origin can be asked for at all (HTTPS only; a plain-HTTP URL relies on CORS). */
  urlAccessAskable: boolean;
  mode: EffectiveMode;
  managerMode: Mode | null;
  charterDefault: Mode;
  hasPin: boolean;
  unlocked: boolean;
  locks: DistributionLocks;
  /** The PIN the manager unlocked the page with, sent along with a file import. */
  pin: string | undefined;
  busy: DistributionAction | null;
  result: DistributionResult | null;
  saveUrl(url: string): void;
  removeUrl(): void;
  grantAccess(): void;
  refresh(): void;
  setMode(mode: Mode | null): void;
  setPin(newPin: string | null): void;
  unlock(pin: string): void;
  lock(): void;
  /** Forgets the rules the pages reported too slow (the manager fixed the charter). */
  clearSlowRules(): void;
}

export function useDistributionModel(): DistributionModel {
  const policyItem = useStorageItem(policyStateItem);
  const urlItem = useStorageItem(managerCharterUrlItem);
  const pinItem = useStorageItem(managerPinItem);
  const modeItem = useStorageItem(modeOverrideItem);
  const charterItem = useStorageItem(compiledCharterItem);
  // Held in memory for the life of the page only; closing the tab locks the settings again.
  const [pin, setUnlockedPin] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState<DistributionAction | null>(null);
  const [result, setResult] = useState<DistributionResult | null>(null);
  const [urlAccess, setUrlAccess] = useState<boolean | null>(null);

  const policy = policyItem.loaded ? policyItem.value : NO_POLICY;
  const managerUrl = urlItem.loaded ? urlItem.value : null;
  const managerMode = modeItem.loaded ? modeItem.value : null;
  const charterDefault = (charterItem.loaded ? charterItem.value?.charter.defaultMode : undefined) ?? 'normal';
  const hasPin = pinItem.loaded && pinItem.value !== null;
  const mode = effectiveMode({ policyMode: policy.lockedMode, managerMode, charterDefault });
  const unlocked = pin !== undefined;

  useEffect(() => {
    let current = true;
    setUrlAccess(null);
    if (managerUrl) void hasOriginAccess(managerUrl).then((granted) => current && setUrlAccess(granted));
    return () => {
      current = false;
    };
  }, [managerUrl]);

  const run = (action: DistributionAction, request: ManagerRequest, after?: (response: ManagerResponse) => void) => {
    setBusy(action);
    setResult(null);
    void sendManagerRequest(request).then((response) => {
      setBusy(null);
      setResult({ action, response });
      after?.(response);
    });
  };

  return {
    ready: policyItem.loaded && urlItem.loaded && pinItem.loaded && modeItem.loaded && charterItem.loaded,
    policy,
    managerUrl,
    urlAccess,
    urlAccessAskable: managerUrl !== null && originPatternOf(managerUrl) !== null,
    mode,
    managerMode,
    charterDefault,
    hasPin,
    unlocked,
    locks: distributionLocks({ policy, mode: mode.mode, hasPin }, unlocked),
    pin,
    busy,
    result,
    saveUrl(url) {
      // Asked at once, inside the click: the save does not wait for the prompt, and a grant later triggers a new fetch.
      void requestOriginAccess(url).then((access) => {
        if (access !== 'granted') return;
        setUrlAccess(true);
        run('refresh', { type: 'gardefou:refresh-charter' });
      });
      run('url', { type: 'gardefou:set-charter-url', url, pin });
    },
    removeUrl: () => run('url', { type: 'gardefou:set-charter-url', url: null, pin }),
    grantAccess() {
      if (!managerUrl) return;
      void requestOriginAccess(managerUrl).then((access) => {
        setUrlAccess(access === 'granted');
        if (access === 'granted') run('refresh', { type: 'gardefou:refresh-charter' });
      });
    },
    refresh: () => run('refresh', { type: 'gardefou:refresh-charter' }),
    setMode: (next) => run('mode', { type: 'gardefou:set-manager-mode', mode: next, pin }),
    setPin: (newPin) =>
      run('pin', { type: 'gardefou:set-manager-pin', newPin, pin }, (response) => {
        // The new PIN keeps the page unlocked; removing it leaves nothing to unlock.
        if (response.ok) setUnlockedPin(newPin ?? undefined);
      }),
    unlock: (typed) =>
      run('unlock', { type: 'gardefou:check-manager-pin', pin: typed }, (response) => {
        if (response.ok) setUnlockedPin(typed);
      }),
    lock: () => {
      setUnlockedPin(undefined);
      setResult(null);
    },
    clearSlowRules: () => run('slow-rules', { type: 'gardefou:clear-slow-rules', pin }),
  };
}
