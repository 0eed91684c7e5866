// The "Distribution & modes" tab's pure parts: the sources list, what is locked and why, and every failure in both languages.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { charterSourceRows } from '../../../lib/extension-pages/options/charter-source-rows';
import { distributionLocks } from '../../../lib/extension-pages/options/distribution-locks';
import type { CharterFailure } from '../../../lib/shared/storage/charter-failure';
import type { CharterMeta } from '../../../lib/shared/storage/charter-items';
import { NO_POLICY } from '../../../lib/shared/storage/policy-state';
import { charterFailureText } from '../../../lib/extension-pages/common/charter-failure-text';
import { useCatalogue } from '../use-catalogue';

const meta = (source: CharterMeta['source'], origin?: string): CharterMeta => ({
  source,
  ...(origin ? { origin } : {}),
  name: 'Brandtruc',
  version: '1',
  updatedAt: '2026-11-20',
  lastSuccessAt: '2026-11-21T10:00:00.000Z',
});

afterEach(() => vi.restoreAllMocks());

describe('charterSourceRows', () => {
  it('lists the sources in precedence order and marks the one in force', () => {
    const rows = charterSourceRows(meta('url', 'https://x.example/c.json'), { ...NO_POLICY, charterUrl: null }, 'https://x.example/c.json');
    expect(rows.map((row) => row.id)).toEqual(['policy-json', 'policy-url', 'manager-url', 'file', 'builtin']);
    expect(rows.filter((row) => row.inForce).map((row) => row.id)).toEqual(['manager-url']);
    expect(rows.find((row) => row.id === 'manager-url')).toMatchObject({ configured: true, detail: 'https://x.example/c.json' });
  });

  it('tells the policy JSON and the policy URL apart', () => {
    const policy = { ...NO_POLICY, present: true, hasCharterJson: true, charterUrl: 'https://p.example/c.json' };
    expect(charterSourceRows(meta('policy', 'charterJson'), policy, null).filter((row) => row.inForce).map((row) => row.id)).toEqual(['policy-json']);
    expect(charterSourceRows(meta('policy', 'https://p.example/c.json'), policy, null).filter((row) => row.inForce).map((row) => row.id)).toEqual(['policy-url']);
    expect(charterSourceRows(meta('demo', 'charters/brandtruc.json'), NO_POLICY, null).find((row) => row.inForce)?.id).toBe('file');
  });
});

describe('distributionLocks', () => {
  it('keeps the policy locks even after the PIN unlocks the page', () => {
    const context = { policy: { ...NO_POLICY, lockedMode: 'junior' as const }, mode: 'junior' as const, hasPin: true };
    expect(distributionLocks(context, false)).toEqual({ 'charter-url': 'junior-needs-pin', 'charter-file': 'junior-needs-pin', mode: 'policy-locks-mode', pin: 'junior-needs-pin', 'slow-rules': 'junior-needs-pin' });
    expect(distributionLocks(context, true)).toEqual({ 'charter-url': null, 'charter-file': null, mode: 'policy-locks-mode', pin: null, 'slow-rules': null });
  });
});

describe('charterFailureText', () => {
  const failures: CharterFailure[] = [
    { kind: 'invalid-charter' },
    { kind: 'http-status', status: 404 },
    { kind: 'timeout', seconds: 15 },
    { kind: 'network', originGranted: true },
    { kind: 'network', originGranted: false },
    { kind: 'not-json', contentType: 'text/html' },
    { kind: 'too-large', limitKb: 2048 },
    { kind: 'bad-url' },
    { kind: 'downgrade', offered: { version: '1', updatedAt: '2026-01-01' }, inForce: { version: '2', updatedAt: '2026-02-01' } },
    { kind: 'policy-value', key: 'lockedMode', code: 'not-a-mode', value: 'boss' },
    { kind: 'policy-value', key: 'charterJson', code: 'not-json' },
    { kind: 'outranked', by: 'url' },
    { kind: 'settings-locked', refusal: 'junior-needs-pin' },
    { kind: 'recompile-failed' },
    { kind: 'source-not-kept' },
  ];

  it.each(['en', 'fr'] as const)('says every failure in words, with its specifics (%s)', (locale) => {
    useCatalogue(locale);
    const texts = failures.map(charterFailureText);
    for (const text of texts) expect(text).not.toMatch(/^[a-z_]+$|\$/);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts[1]).toContain('404');
    expect(texts[2]).toContain('15');
    expect(texts[4]).toContain('Access-Control-Allow-Origin');
    expect(texts[5]).toContain('text/html');
    expect(texts[8]).toContain('2026-01-01');
    expect(texts[9]).toContain('boss');
  });
});
