// Who may change what: the background refuses, with a reason, every change the policy locks or the PIN protects.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { answerCharterRequest } from '../../../lib/background/charter-sources/charter-requests';
import { hashPin } from '../../../lib/shared/settings/manager-pin';
import { answerManagerRequest, type ManagerRequestDeps } from '../../../lib/background/manager/manager-requests';
import { lockBeforePin } from '../../../lib/shared/settings/settings-lock';
import type { SettingsRefusal } from '../../../lib/shared/settings/settings-refusal';
import { charterMetaItem } from '../../../lib/shared/storage/charter-items';
import { charterUrlValidatorsItem, managerCharterUrlItem, managerPinItem } from '../../../lib/shared/storage/manager-items';
import { NO_POLICY, policyStateItem } from '../../../lib/shared/storage/policy-state';
import { modeOverrideItem } from '../../../lib/shared/storage/settings-items';

const brandtrucText = readFileSync('charters/brandtruc.json', 'utf8');
const PIN = '4821';

/** The PIN check without the slow hash or the attempt counter: this file tests the decisions, manager-pin.test.ts the PIN. */
const checkPin = async (pin: string): Promise<SettingsRefusal | null> => (pin === PIN ? null : 'wrong-pin');
let deps: ManagerRequestDeps;

beforeEach(async () => {
  fakeBrowser.reset();
  deps = { checkPin, refresh: vi.fn(async () => ({ source: 'manager-url' as const, load: { status: 'stored' as const }, policy: NO_POLICY })) };
});

async function withPin() {
  await managerPinItem.setValue(await hashPin(PIN, 1000));
}

describe('mode changes', () => {
  it('lets anyone switch to crisis while no PIN is set', async () => {
    expect(await answerManagerRequest({ type: 'gardefou:set-manager-mode', mode: 'crisis' }, deps)).toEqual({ ok: true });
    expect(await modeOverrideItem.getValue()).toBe('crisis');
  });

  it('refuses junior mode until a PIN is set', async () => {
    expect(await answerManagerRequest({ type: 'gardefou:set-manager-mode', mode: 'junior' }, deps)).toEqual({ ok: false, refusal: 'junior-needs-a-pin-set' });
    expect(await modeOverrideItem.getValue()).toBeNull();
  });

  it('needs the PIN once one is set, and refuses a wrong one', async () => {
    await withPin();
    expect(await answerManagerRequest({ type: 'gardefou:set-manager-mode', mode: 'crisis' }, deps)).toEqual({ ok: false, refusal: 'pin-required' });
    expect(await answerManagerRequest({ type: 'gardefou:set-manager-mode', mode: 'crisis', pin: '0000' }, deps)).toEqual({ ok: false, refusal: 'wrong-pin' });
    expect(await answerManagerRequest({ type: 'gardefou:set-manager-mode', mode: 'junior', pin: PIN }, deps)).toEqual({ ok: true });
    expect(await modeOverrideItem.getValue()).toBe('junior');
  });

  it('in junior mode, refuses every change without the PIN and allows leaving with it', async () => {
    await withPin();
    await modeOverrideItem.setValue('junior');
    expect(await answerManagerRequest({ type: 'gardefou:set-manager-mode', mode: 'normal' }, deps)).toEqual({ ok: false, refusal: 'junior-needs-pin' });
    expect(await answerManagerRequest({ type: 'gardefou:set-charter-url', url: 'https://example.com/c.json' }, deps)).toEqual({
      ok: false,
      refusal: 'junior-needs-pin',
    });
    expect(await answerManagerRequest({ type: 'gardefou:set-manager-pin', newPin: '9999' }, deps)).toEqual({ ok: false, refusal: 'junior-needs-pin' });
    expect(await answerManagerRequest({ type: 'gardefou:set-manager-mode', mode: 'normal', pin: PIN }, deps)).toEqual({ ok: true });
  });

  it('cannot change a mode the policy locks, whatever the PIN', async () => {
    await withPin();
    await policyStateItem.setValue({ ...NO_POLICY, present: true, lockedMode: 'crisis' });
    expect(await answerManagerRequest({ type: 'gardefou:set-manager-mode', mode: 'normal', pin: PIN }, deps)).toEqual({
      ok: false,
      refusal: 'policy-locks-mode',
    });
  });

  it('in junior mode set by the policy without a PIN, nothing can be changed', async () => {
    await policyStateItem.setValue({ ...NO_POLICY, present: true, lockedMode: 'junior' });
    expect(await answerManagerRequest({ type: 'gardefou:set-manager-pin', newPin: '1234' }, deps)).toEqual({ ok: false, refusal: 'junior-needs-pin' });
  });

  it('refuses a mode that does not exist', async () => {
    expect(await answerManagerRequest({ type: 'gardefou:set-manager-mode', mode: 'boss' as never }, deps)).toEqual({ ok: false, refusal: 'bad-value' });
  });
});

describe('the charter URL', () => {
  it('stores an http(s) URL, forgets the old validators, and fetches at once', async () => {
    await charterUrlValidatorsItem.setValue({ url: 'https://old.example.com/c.json', etag: '"x"' });
    const response = await answerManagerRequest({ type: 'gardefou:set-charter-url', url: ' https://example.com/c.json ' }, deps);
    expect(response).toEqual({ ok: true, load: { status: 'stored' } });
    expect(await managerCharterUrlItem.getValue()).toBe('https://example.com/c.json');
    expect(await charterUrlValidatorsItem.getValue()).toBeNull();
    expect(deps.refresh).toHaveBeenCalledOnce();
  });

  it('refuses a URL that is not http or https, keeping the previous one', async () => {
    await managerCharterUrlItem.setValue('https://example.com/c.json');
    expect(await answerManagerRequest({ type: 'gardefou:set-charter-url', url: 'javascript:alert(1)' }, deps)).toEqual({ ok: false, refusal: 'bad-value' });
    expect(await managerCharterUrlItem.getValue()).toBe('https://example.com/c.json');
    expect(deps.refresh).not.toHaveBeenCalled();
  });

  it('is refused while the policy supplies the charter', async () => {
    await policyStateItem.setValue({ ...NO_POLICY, present: true, charterUrl: 'https://policy.example.com/c.json' });
    expect(await answerManagerRequest({ type: 'gardefou:set-charter-url', url: 'https://example.com/c.json' }, deps)).toEqual({
      ok: false,
      refusal: 'policy-supplies-charter',
    });
  });

  it('is refused when the policy locks the settings', async () => {
    await policyStateItem.setValue({ ...NO_POLICY, present: true, lockSettings: true });
    expect(await answerManagerRequest({ type: 'gardefou:set-charter-url', url: null }, deps)).toEqual({ ok: false, refusal: 'policy-locks-settings' });
  });
});

describe('the PIN itself', () => {
  it('is set without a PIN the first time, then changed only with the current one', async () => {
    expect(await answerManagerRequest({ type: 'gardefou:set-manager-pin', newPin: '12' }, deps)).toEqual({ ok: false, refusal: 'pin-format' });
    // '-' never appears in base64: finding the PIN in storage could only mean it was stored as is.
    expect(await answerManagerRequest({ type: 'gardefou:set-manager-pin', newPin: '48-21' }, deps)).toEqual({ ok: true });
    const record = await managerPinItem.getValue();
    expect(record?.algorithm).toBe('PBKDF2-SHA-256');
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('48-21');
    expect(await answerManagerRequest({ type: 'gardefou:set-manager-pin', newPin: '5555' }, deps)).toEqual({ ok: false, refusal: 'pin-required' });
  });

  it('cannot be removed while junior mode is in force', async () => {
    await withPin();
    await modeOverrideItem.setValue('junior');
    expect(await answerManagerRequest({ type: 'gardefou:set-manager-pin', newPin: null, pin: PIN }, deps)).toEqual({
      ok: false,
      refusal: 'junior-needs-a-pin-set',
    });
    expect(await managerPinItem.getValue()).not.toBeNull();
  });
});

describe('importing a file', () => {
  it('is refused in junior mode without the PIN, and accepted with it', async () => {
    await withPin();
    await modeOverrideItem.setValue('junior');
    const refused = await answerCharterRequest({ type: 'gardefou:import-charter', text: brandtrucText, fileName: 'b.json' }, checkPin);
    expect(refused).toEqual({ ok: false, errors: [], failures: [{ kind: 'settings-locked', refusal: 'junior-needs-pin' }] });
    expect(await charterMetaItem.getValue()).toBeNull();
    const accepted = await answerCharterRequest({ type: 'gardefou:import-charter', text: brandtrucText, fileName: 'b.json', pin: PIN }, checkPin);
    expect(accepted.ok).toBe(true);
  });

  it('is refused while a charter URL outranks files', async () => {
    await managerCharterUrlItem.setValue('https://example.com/c.json');
    const refused = await answerCharterRequest({ type: 'gardefou:load-demo-charter' }, checkPin);
    expect(refused).toEqual({ ok: false, errors: [], failures: [{ kind: 'outranked', by: 'url' }] });
  });
});

describe('lockBeforePin (what the options page greys out)', () => {
  const context = { policy: NO_POLICY, mode: 'normal' as const, hasPin: false };
  it('locks nothing without a PIN or a policy', () => {
    expect(lockBeforePin('mode', context)).toBeNull();
  });
  it('says who locked it', () => {
    expect(lockBeforePin('mode', { ...context, hasPin: true })).toBe('pin-required');
    expect(lockBeforePin('charter-url', { ...context, mode: 'junior', hasPin: true })).toBe('junior-needs-pin');
    expect(lockBeforePin('mode', { ...context, policy: { ...NO_POLICY, lockedMode: 'crisis' } })).toBe('policy-locks-mode');
    expect(lockBeforePin('charter-file', { ...context, policy: { ...NO_POLICY, hasCharterJson: true } })).toBe('policy-supplies-charter');
    expect(lockBeforePin('pin', { ...context, policy: { ...NO_POLICY, lockSettings: true } })).toBe('policy-locks-settings');
  });
});
