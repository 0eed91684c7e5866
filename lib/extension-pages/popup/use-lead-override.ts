// "Validated by my lead": in junior mode, the lead types the manager PIN in the popup and the blocking findings of this
// reply are overridden. The PIN is checked once first (one attempt counted), then carried by each override.
import { useState } from 'preact/hooks';
import type { Finding } from '../../core/engine/types';
import { sendManagerRequest } from '../../shared/messaging/manager-client';
import type { SettingsRefusal } from '../../shared/settings/settings-refusal';
import { requestLeadOverride } from './lead-override-client';

export type LeadOverrideStatus =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'validated'; count: number }
  | { kind: 'refused'; refusal: SettingsRefusal }
  /** The PIN was right but the findings changed meanwhile (the CM kept typing). */
  | { kind: 'stale' };

export interface LeadOverride {
  status: LeadOverrideStatus;
  validate(pin: string): Promise<void>;
}

export function useLeadOverride(target: { tabId: number; boxId: string } | null, blocking: readonly Finding[], after: () => Promise<unknown>): LeadOverride {
  const [status, setStatus] = useState<LeadOverrideStatus>({ kind: 'idle' });
  const validate = async (pin: string) => {
    if (!target || blocking.length === 0) return;
    setStatus({ kind: 'checking' });
    const checked = await sendManagerRequest({ type: 'gardefou:check-manager-pin', pin });
    if (!checked.ok) {
      setStatus({ kind: 'refused', refusal: checked.refusal });
      return;
    }
    let count = 0;
    for (const finding of blocking) {
      const response = await requestLeadOverride(target.tabId, target.boxId, finding, pin);
      if (response.refusal) {
        setStatus({ kind: 'refused', refusal: response.refusal });
        await after();
        return;
      }
      if (response.ok) count += 1;
    }
    await after();
    setStatus(count > 0 ? { kind: 'validated', count } : { kind: 'stale' });
  };
  return { status, validate };
}
