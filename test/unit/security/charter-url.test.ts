// A charter URL is the one thing Gardefou fetches (issue 16): HTTPS only (plain HTTP to this machine for tests), redirects
// re-validated, a charter dated after tomorrow refused, and every failure recorded with the last good charter in force.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { applyCharterText } from '../../../lib/background/charter-sources/apply-charter';
import * as compileModule from '../../../lib/core/charter/compile';
import { fetchCharterUrl, parseHttpUrl, type CharterFetchOptions } from '../../../lib/shared/charter-url/fetch-charter-url';
import { charterMetaItem, charterProblemItem } from '../../../lib/shared/storage/charter-items';

const brandtrucText = readFileSync('charters/brandtruc.json', 'utf8');

function options(answer: (url: string) => Response): CharterFetchOptions & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    fetch: (async (input: RequestInfo | URL) => {
      calls.push(String(input));
      return answer(String(input));
    }) as typeof fetch,
    timeoutMs: 5000,
    maxBytes: 2 * 1024 * 1024,
    originGranted: async () => true,
  };
}

/** A Response as the browser gives it after following redirects: `redirected` and the final `url`. */
function landedAt(url: string, body = brandtrucText): Response {
  const response = new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
  Object.defineProperty(response, 'url', { value: url });
  Object.defineProperty(response, 'redirected', { value: true });
  return response;
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('charter URL', () => {
  it('refuses plain http:// to another machine without fetching it', async () => {
    const o = options(() => new Response(brandtrucText));
    expect(await fetchCharterUrl('http://charte.example.com/brandtruc.json', null, o)).toEqual({ kind: 'failed', failure: { kind: 'insecure-url' } });
    expect(o.calls).toEqual([]);
    expect(parseHttpUrl('http://charte.example.com/c.json')).toBeNull();
    expect(parseHttpUrl('https://charte.example.com/c.json')?.href).toBe('https://charte.example.com/c.json');
  });

  it('accepts http:// on this machine (tests, trying a file out)', async () => {
    const o = options(() => new Response(brandtrucText));
    expect((await fetchCharterUrl('http://127.0.0.1:8080/c.json', null, o)).kind).toBe('changed');
    expect(parseHttpUrl('http://localhost:3000/c.json')).not.toBeNull();
  });

  it('refuses a redirect to http:// or another scheme, naming where it went', async () => {
    const o = options(() => landedAt('http://evil.example.net/c.json'));
    expect(await fetchCharterUrl('https://charte.example.com/c.json', null, o)).toEqual({
      kind: 'failed',
      failure: { kind: 'insecure-redirect', to: 'http://evil.example.net' },
    });
  });

  it('re-validates a redirect that stays on HTTPS and takes the charter', async () => {
    const o = options(() => landedAt('https://cdn.example.org/c.json'));
    expect((await fetchCharterUrl('https://charte.example.com/c.json', null, o)).kind).toBe('changed');
  });
});

describe('applying a fetched charter', () => {
  const now = new Date('2026-12-07T10:00:00Z');
  const origin = { source: 'url' as const, origin: 'https://charte.example.com/c.json' };

  it('refuses a charter dated after tomorrow, records why, and keeps the last good one', async () => {
    expect((await applyCharterText(brandtrucText, origin, now)).ok).toBe(true);
    const future = JSON.stringify({ ...JSON.parse(brandtrucText), version: '2099.1', updatedAt: '2099-01-01' });
    const result = await applyCharterText(future, origin, now);
    expect(result.ok).toBe(false);
    expect((await charterMetaItem.getValue())?.updatedAt).toBe(JSON.parse(brandtrucText).updatedAt);
    const problem = await charterProblemItem.getValue();
    expect(problem?.failures).toEqual([{ kind: 'future-date', updatedAt: '2099-01-01' }]);
    expect(problem?.messages[0]).toMatch(/^updatedAt: 2099-01-01 is later than tomorrow/);
    // Tomorrow itself is fine (time zones).
    const tomorrow = JSON.stringify({ ...JSON.parse(brandtrucText), version: '2026.12.8', updatedAt: '2026-12-08' });
    expect((await applyCharterText(tomorrow, origin, now)).ok).toBe(true);
  });

  it('records a compile that throws instead of failing silently', async () => {
    expect((await applyCharterText(brandtrucText, origin, now)).ok).toBe(true);
    const spy = vi.spyOn(compileModule, 'compileCharterText').mockImplementation(() => {
      throw new TypeError('terms.map is not a function');
    });
    try {
      const result = await applyCharterText(brandtrucText, origin, now);
      expect(result.ok).toBe(false);
    } finally {
      spy.mockRestore();
    }
    const problem = await charterProblemItem.getValue();
    expect(problem?.failures).toEqual([{ kind: 'compile-crashed' }]);
    expect(problem?.messages[0]).toMatch(/terms\.map is not a function/);
    expect((await charterMetaItem.getValue())?.source).toBe('url');
  });
});
