// The manager PIN: only a salted PBKDF2 hash is kept; the right PIN verifies, a wrong one does not; guessing is slowed.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { hashPin, isAcceptablePin, PIN_ITERATIONS, verifyPin } from '../../../lib/shared/settings/manager-pin';
import { checkManagerPin, MAX_WRONG_PINS, PIN_COOLDOWN_MS } from '../../../lib/background/manager/pin-check';
import { managerPinItem } from '../../../lib/shared/storage/manager-items';

beforeEach(() => fakeBrowser.reset());

describe('hashPin / verifyPin', () => {
  it('keeps a salted PBKDF2-SHA-256 hash with enough iterations, never the PIN', async () => {
    const record = await hashPin('4821');
    expect(record.algorithm).toBe('PBKDF2-SHA-256');
    expect(record.iterations).toBe(PIN_ITERATIONS);
    expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(atob(record.salt)).toHaveLength(16);
    expect(atob(record.hash)).toHaveLength(32);
    expect(JSON.stringify(record)).not.toContain('4821');
  });

  it('salts each hash: the same PIN twice gives two different records', async () => {
    const [a, b] = await Promise.all([hashPin('4821', 1000), hashPin('4821', 1000)]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('verifies the right PIN and refuses a wrong or empty one', async () => {
    const record = await hashPin('4821', 1000);
    expect(await verifyPin('4821', record)).toBe(true);
    expect(await verifyPin('4822', record)).toBe(false);
    expect(await verifyPin('', record)).toBe(false);
    expect(await verifyPin('4821', { ...record, hash: record.hash.replace(/^./, record.hash[0] === 'A' ? 'B' : 'A') })).toBe(false);
  });

  it('treats composed and decomposed accents as the same PIN', async () => {
    const record = await hashPin('café', 1000);
    expect(await verifyPin('cafe\u0301', record)).toBe(true);
  });

  it('accepts 4 to 64 characters without outer spaces', () => {
    expect(isAcceptablePin('123')).toBe(false);
    expect(isAcceptablePin('1234')).toBe(true);
    expect(isAcceptablePin(' 1234')).toBe(false);
    expect(isAcceptablePin('x'.repeat(65))).toBe(false);
  });
});

describe('checkManagerPin', () => {
  it('says so when no PIN is set', async () => {
    expect(await checkManagerPin('1234')).toBe('junior-needs-a-pin-set');
  });

  it('accepts the right PIN, refuses a wrong one, and blocks for a minute after too many wrong ones', async () => {
    await managerPinItem.setValue(await hashPin('4821', 1000));
    const now = 1_000_000;
    expect(await checkManagerPin('4821', now)).toBeNull();
    for (let attempt = 1; attempt < MAX_WRONG_PINS; attempt++) expect(await checkManagerPin('0000', now)).toBe('wrong-pin');
    expect(await checkManagerPin('0000', now)).toBe('pin-attempts-exceeded');
    // Even the right PIN waits out the cooldown.
    expect(await checkManagerPin('4821', now + 1000)).toBe('pin-attempts-exceeded');
    expect(await checkManagerPin('4821', now + PIN_COOLDOWN_MS + 1)).toBeNull();
  });
});
