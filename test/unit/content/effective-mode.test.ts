// The mode in force: policy > manager setting > charter default, and the content script follows all three.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { COMPILED_FORMAT, type CompiledCharter } from '../../../lib/core/charter/compiled';
import { watchCharterSettings, type CharterSettings } from '../../../lib/page/boxes/charter-settings';
import { effectiveMode } from '../../../lib/shared/settings/effective-mode';
import { compiledCharterItem } from '../../../lib/shared/storage/charter-items';
import { NO_POLICY, policyStateItem } from '../../../lib/shared/storage/policy-state';
import { modeOverrideItem } from '../../../lib/shared/storage/settings-items';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const charterWithDefault = (defaultMode: 'normal' | 'crisis') => ({ format: COMPILED_FORMAT, charter: { id: 'c', defaultMode } }) as unknown as CompiledCharter;

beforeEach(() => fakeBrowser.reset());

describe('effectiveMode', () => {
  it('takes the policy first, then the manager, then the charter', () => {
    expect(effectiveMode({ policyMode: 'junior', managerMode: 'crisis', charterDefault: 'normal' })).toEqual({ mode: 'junior', origin: 'policy' });
    expect(effectiveMode({ policyMode: null, managerMode: 'crisis', charterDefault: 'normal' })).toEqual({ mode: 'crisis', origin: 'manager' });
    expect(effectiveMode({ policyMode: null, managerMode: null, charterDefault: 'crisis' })).toEqual({ mode: 'crisis', origin: 'charter' });
    expect(effectiveMode({ policyMode: null, managerMode: null, charterDefault: null })).toEqual({ mode: 'normal', origin: 'charter' });
  });
});

describe('watchCharterSettings with a policy', () => {
  it('imposes the policy mode over the manager setting, and follows it as it changes', async () => {
    await compiledCharterItem.setValue(charterWithDefault('crisis'));
    await modeOverrideItem.setValue('normal');
    const seen: CharterSettings[] = [];
    const stop = watchCharterSettings((settings) => seen.push(settings));
    await settle();
    expect(seen.at(-1)?.modeOverride).toBe('normal');

    await policyStateItem.setValue({ ...NO_POLICY, present: true, lockedMode: 'junior' });
    await settle();
    expect(seen.at(-1)?.modeOverride).toBe('junior');

    await modeOverrideItem.setValue('crisis');
    await settle();
    expect(seen.at(-1)?.modeOverride).toBe('junior');

    await policyStateItem.setValue(NO_POLICY);
    await settle();
    expect(seen.at(-1)?.modeOverride).toBe('crisis');
    stop();
  });
});
