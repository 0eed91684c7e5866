// The enterprise policy as Gardefou reads it: usable values kept, each bad one named with why, nothing invented.
import { describe, expect, it } from 'vitest';
import { readPolicy } from '../../../lib/background/policy/read-policy';
import { NO_POLICY } from '../../../lib/shared/storage/policy-state';

describe('readPolicy', () => {
  it('is the empty policy when there is none (or the browser has no managed storage)', () => {
    expect(readPolicy({})).toEqual({ state: NO_POLICY, charterJson: null });
    expect(readPolicy(undefined).state).toEqual(NO_POLICY);
    expect(readPolicy(['charterUrl']).state).toEqual(NO_POLICY);
  });

  it('keeps every valid value', () => {
    const reading = readPolicy({ charterUrl: ' https://intranet.example.com/charte.json ', charterJson: '{"a":1}', lockedMode: 'crisis', lockSettings: false });
    expect(reading.charterJson).toBe('{"a":1}');
    expect(reading.state).toEqual({
      present: true,
      charterUrl: 'https://intranet.example.com/charte.json',
      hasCharterJson: true,
      lockedMode: 'crisis',
      lockSettings: false,
      problems: [],
    });
  });

  it('names each bad value and ignores it', () => {
    const reading = readPolicy({ charterUrl: 'ftp://example.com/c.json', charterJson: 'not json {', lockedMode: 'boss', lockSettings: 'yes' });
    expect(reading.charterJson).toBeNull();
    expect(reading.state).toMatchObject({ present: true, charterUrl: null, hasCharterJson: false, lockedMode: null, lockSettings: false });
    expect(reading.state.problems).toEqual([
      { key: 'charterUrl', code: 'not-a-url', value: 'ftp://example.com/c.json' },
      { key: 'charterJson', code: 'not-json', value: 'not json {' },
      { key: 'lockedMode', code: 'not-a-mode', value: 'boss' },
      { key: 'lockSettings', code: 'not-boolean', value: 'yes' },
    ]);
  });

  it('names values of the wrong type and empty ones, and shortens long values', () => {
    const reading = readPolicy({ charterUrl: 42, charterJson: '  ', lockedMode: 'x'.repeat(200) });
    expect(reading.state.problems).toEqual([
      { key: 'charterUrl', code: 'not-text', value: '42' },
      { key: 'charterJson', code: 'empty' },
      { key: 'lockedMode', code: 'not-a-mode', value: `${'x'.repeat(59)}…` },
    ]);
  });

  it('ignores keys the schema does not declare', () => {
    expect(readPolicy({ somethingElse: true }).state).toEqual(NO_POLICY);
  });
});
