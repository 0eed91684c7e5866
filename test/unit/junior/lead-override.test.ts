// In junior mode a finding can only be overridden with the manager PIN; outside it nothing changes.
import { describe, expect, it, vi } from 'vitest';
import { refuseJuniorOverride } from '../../../lib/page/junior/lead-override';

describe('refuseJuniorOverride', () => {
  it('leaves normal and crisis mode alone', async () => {
    const checkPin = vi.fn();
    expect(await refuseJuniorOverride('normal', { reason: 'false_positive' }, checkPin)).toBeNull();
    expect(await refuseJuniorOverride('crisis', { reason: 'context_ok' }, checkPin)).toBeNull();
    expect(checkPin).not.toHaveBeenCalled();
  });

  it('in junior mode, refuses any override without a PIN, whatever the reason', async () => {
    const checkPin = vi.fn();
    expect(await refuseJuniorOverride('junior', { reason: 'false_positive' }, checkPin)).toBe('pin-required');
    expect(await refuseJuniorOverride('junior', { reason: 'false_positive', pin: '4821' }, checkPin)).toBe('pin-required');
    expect(await refuseJuniorOverride('junior', { reason: 'approved_by_lead' }, checkPin)).toBe('pin-required');
    expect(checkPin).not.toHaveBeenCalled();
  });

  it('in junior mode, lets a lead override with the right PIN only', async () => {
    const checkPin = async (pin: string) => (pin === '4821' ? null : ('wrong-pin' as const));
    expect(await refuseJuniorOverride('junior', { reason: 'approved_by_lead', pin: '4821' }, checkPin)).toBeNull();
    expect(await refuseJuniorOverride('junior', { reason: 'approved_by_lead', pin: '0000' }, checkPin)).toBe('wrong-pin');
  });
});
