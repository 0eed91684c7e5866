// "Older than the one in force": updatedAt first, then the version compared piece by piece.
import { describe, expect, it } from 'vitest';
import { compareCharterVersions } from '../../../lib/background/charter-sources/charter-version';

const stamp = (version: string, updatedAt = '2026-11-20') => ({ version, updatedAt });

describe('compareCharterVersions', () => {
  it('orders by date first', () => {
    expect(compareCharterVersions(stamp('9', '2026-10-01'), stamp('1', '2026-11-20'))).toBeLessThan(0);
    expect(compareCharterVersions(stamp('1', '2026-11-21'), stamp('9', '2026-11-20'))).toBeGreaterThan(0);
    expect(compareCharterVersions(stamp('1', '2026-11-20T10:00:00Z'), stamp('1', '2026-11-20T09:00:00Z'))).toBeGreaterThan(0);
  });

  it('orders the same day by version, numbers as numbers', () => {
    expect(compareCharterVersions(stamp('2026.9.1'), stamp('2026.10.1'))).toBeLessThan(0);
    expect(compareCharterVersions(stamp('1.10'), stamp('1.9'))).toBeGreaterThan(0);
    expect(compareCharterVersions(stamp('2026.11.1-b'), stamp('2026.11.1-a'))).toBeGreaterThan(0);
    expect(compareCharterVersions(stamp('2026.11.1'), stamp('2026.11.1.1'))).toBeLessThan(0);
  });

  it('treats the same stamp as the same charter', () => {
    expect(compareCharterVersions(stamp('2026.11.1'), stamp('2026.11.1'))).toBe(0);
  });
});
