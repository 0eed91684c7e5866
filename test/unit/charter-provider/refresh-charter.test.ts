// Charter distribution in the background: precedence of the sources and every way an update can fail, with the last good
// charter kept in force and a specific problem recorded. fakeBrowser storage (managed included) and a stubbed fetch.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { importCharterFile, loadBuiltinCharter } from '../../../lib/background/charter-sources/charter-sources';
import { refreshCharter } from '../../../lib/background/charter-sources/refresh-charter';
import { charterMetaItem, charterProblemItem, compiledCharterItem } from '../../../lib/shared/storage/charter-items';
import { charterUrlValidatorsItem, managerCharterUrlItem } from '../../../lib/shared/storage/manager-items';
import { policyStateItem } from '../../../lib/shared/storage/policy-state';
import { charterServerStub, jsonResponse } from './charter-server-stub';

const brandtruc = JSON.parse(readFileSync('charters/brandtruc.json', 'utf8')) as Record<string, unknown>;
const charterText = (changes: Record<string, unknown>) => JSON.stringify({ ...brandtruc, ...changes });
const named = (name: string, version: string, updatedAt = '2026-11-20') =>
  charterText({ version, updatedAt, brand: { ...(brandtruc.brand as object), name } });

const MANAGER_URL = 'https://charters.example.com/brandtruc.json';
const POLICY_URL = 'https://policy.example.com/charter.json';

beforeEach(() => fakeBrowser.reset());

async function inForce() {
  const meta = await charterMetaItem.getValue();
  return meta && { source: meta.source, origin: meta.origin, name: meta.name, version: meta.version };
}

describe('precedence: policy JSON > policy URL > manager URL > file > built-in', () => {
  it('keeps the built-in packs alone when nothing was ever distributed', async () => {
    await loadBuiltinCharter();
    const outcome = await refreshCharter(charterServerStub().deps());
    expect(outcome.source).toBe('stored');
    expect((await inForce())?.source).toBe('builtin');
  });

  it('keeps an imported file when no URL or policy is set', async () => {
    await importCharterFile(named('From file', '1'), 'charter.json');
    const outcome = await refreshCharter(charterServerStub().deps());
    expect(outcome.load.status).toBe('stored');
    expect(await inForce()).toMatchObject({ source: 'file', name: 'From file' });
  });

  it('lets the manager URL replace a file', async () => {
    await importCharterFile(named('From file', '9'), 'charter.json');
    const server = charterServerStub();
    server.answers.set(MANAGER_URL, jsonResponse(named('From manager URL', '1')));
    await managerCharterUrlItem.setValue(MANAGER_URL);
    const outcome = await refreshCharter(server.deps());
    expect(outcome).toMatchObject({ source: 'manager-url', load: { status: 'applied' } });
    expect(await inForce()).toEqual({ source: 'url', origin: MANAGER_URL, name: 'From manager URL', version: '1' });
  });

  it('lets the policy URL win over the manager URL, which is then not even fetched', async () => {
    const server = charterServerStub();
    server.answers.set(MANAGER_URL, jsonResponse(named('From manager URL', '1')));
    server.answers.set(POLICY_URL, jsonResponse(named('From policy URL', '1')));
    await managerCharterUrlItem.setValue(MANAGER_URL);
    await fakeBrowser.storage.managed.set({ charterUrl: POLICY_URL });
    const outcome = await refreshCharter(server.deps());
    expect(outcome.source).toBe('policy-url');
    expect(await inForce()).toEqual({ source: 'policy', origin: POLICY_URL, name: 'From policy URL', version: '1' });
    expect(server.requests.map((request) => request.url)).toEqual([POLICY_URL]);
  });

  it('lets the policy JSON win over everything', async () => {
    const server = charterServerStub();
    server.answers.set(POLICY_URL, jsonResponse(named('From policy URL', '1')));
    await managerCharterUrlItem.setValue(MANAGER_URL);
    await fakeBrowser.storage.managed.set({ charterUrl: POLICY_URL, charterJson: named('From policy JSON', '1') });
    const outcome = await refreshCharter(server.deps());
    expect(outcome.source).toBe('policy-json');
    expect(await inForce()).toEqual({ source: 'policy', origin: 'charterJson', name: 'From policy JSON', version: '1' });
    expect(server.requests).toHaveLength(0);
  });

  it('mirrors the policy for the pages, without the charter text', async () => {
    await fakeBrowser.storage.managed.set({ charterJson: named('P', '1'), lockedMode: 'junior', lockSettings: true });
    await refreshCharter(charterServerStub().deps());
    expect(await policyStateItem.getValue()).toEqual({
      present: true,
      charterUrl: null,
      hasCharterJson: true,
      lockedMode: 'junior',
      lockSettings: true,
      problems: [],
    });
  });
});

describe('a failed update keeps the last good charter and records a specific problem', () => {
  async function withGoodUrlCharter() {
    const server = charterServerStub();
    server.answers.set(MANAGER_URL, jsonResponse(named('Good', '2026.11.1'), { etag: '"v1"' }));
    await managerCharterUrlItem.setValue(MANAGER_URL);
    expect((await refreshCharter(server.deps())).load.status).toBe('applied');
    const compiled = await compiledCharterItem.getValue();
    return { server, compiled };
  }

  async function expectStillGood(compiledBefore: unknown) {
    expect(await compiledCharterItem.getValue()).toEqual(compiledBefore);
    expect(await inForce()).toMatchObject({ source: 'url', name: 'Good', version: '2026.11.1' });
  }

  it.each([
    ['a 404', () => new Response('missing', { status: 404 }), { kind: 'http-status', status: 404 }],
    ['a 500', () => new Response('boom', { status: 500 }), { kind: 'http-status', status: 500 }],
    ['an HTML page', () => new Response('<!doctype html><p>login</p>', { headers: { 'content-type': 'text/html; charset=utf-8' } }), { kind: 'not-json', contentType: 'text/html' }],
  ])('%s', async (_name, answer, failure) => {
    const { server, compiled } = await withGoodUrlCharter();
    server.answers.set(MANAGER_URL, answer());
    const outcome = await refreshCharter(server.deps());
    expect(outcome.load).toEqual({ status: 'failed', failures: [failure] });
    await expectStillGood(compiled);
    expect(await charterProblemItem.getValue()).toMatchObject({ source: 'url', origin: MANAGER_URL, failures: [failure] });
  });

  it('a timeout (the AbortController ends a server that never answers)', async () => {
    const { server, compiled } = await withGoodUrlCharter();
    server.answers.set(MANAGER_URL, 'hang');
    const outcome = await refreshCharter(server.deps({ timeoutMs: 50 }));
    expect(outcome.load).toEqual({ status: 'failed', failures: [{ kind: 'timeout', seconds: 0 }] });
    await expectStillGood(compiled);
  });

  it('a network failure, worded for CORS when the origin was not granted', async () => {
    const { server, compiled } = await withGoodUrlCharter();
    server.answers.set(MANAGER_URL, 'network-error');
    expect((await refreshCharter(server.deps())).load).toEqual({ status: 'failed', failures: [{ kind: 'network', originGranted: false }] });
    expect((await refreshCharter(server.deps({ originGranted: async () => true }))).load).toEqual({
      status: 'failed',
      failures: [{ kind: 'network', originGranted: true }],
    });
    await expectStillGood(compiled);
  });

  it('an answer over the size limit', async () => {
    const { server, compiled } = await withGoodUrlCharter();
    server.answers.set(MANAGER_URL, jsonResponse(named('Huge', '2027.1.1')));
    const outcome = await refreshCharter(server.deps({ maxBytes: 1000 }));
    expect(outcome.load).toEqual({ status: 'failed', failures: [{ kind: 'too-large', limitKb: 1 }] });
    await expectStillGood(compiled);
  });

  it('valid JSON that fails the charter schema, with every problem named by its JSON path', async () => {
    const { server, compiled } = await withGoodUrlCharter();
    server.answers.set(MANAGER_URL, jsonResponse(charterText({ version: '2027.1.1', schemaVersion: 7, defaultMode: 'boss' })));
    const outcome = await refreshCharter(server.deps());
    expect(outcome.load).toMatchObject({ status: 'failed', failures: [{ kind: 'invalid-charter' }] });
    await expectStillGood(compiled);
    const problem = await charterProblemItem.getValue();
    expect(problem?.messages.some((line) => line.startsWith('schemaVersion'))).toBe(true);
    expect(problem?.messages.some((line) => line.startsWith('defaultMode'))).toBe(true);
  });

  it('a charter older than the one in force from the same URL', async () => {
    const { server, compiled } = await withGoodUrlCharter();
    server.answers.set(MANAGER_URL, jsonResponse(named('Old', '2026.10.2', '2026-10-01')));
    const outcome = await refreshCharter(server.deps());
    const failure = { kind: 'downgrade', offered: { version: '2026.10.2', updatedAt: '2026-10-01' }, inForce: { version: '2026.11.1', updatedAt: '2026-11-20' } };
    expect(outcome.load).toMatchObject({ status: 'failed', failures: [failure] });
    await expectStillGood(compiled);
    expect((await charterProblemItem.getValue())?.failures).toEqual([failure]);
  });

  it('a newer charter from the same URL replaces it, and clears the problem', async () => {
    const { server } = await withGoodUrlCharter();
    server.answers.set(MANAGER_URL, new Response('x', { status: 500 }));
    await refreshCharter(server.deps());
    expect(await charterProblemItem.getValue()).not.toBeNull();
    server.answers.set(MANAGER_URL, jsonResponse(named('Newer', '2026.11.2')));
    expect((await refreshCharter(server.deps())).load.status).toBe('applied');
    expect(await inForce()).toMatchObject({ name: 'Newer', version: '2026.11.2' });
    expect(await charterProblemItem.getValue()).toBeNull();
  });

  it('survives a restart: the stored charter is what a new service worker finds', async () => {
    const { server, compiled } = await withGoodUrlCharter();
    server.answers.set(MANAGER_URL, new Response('x', { status: 404 }));
    await refreshCharter(server.deps());
    // What a fresh background reads back (the storage is the same, the module state is not consulted).
    expect(await fakeBrowser.storage.local.get('compiledCharter')).toEqual({ compiledCharter: compiled });
  });
});

describe('conditional requests', () => {
  it('sends the ETag and Last-Modified back; a 304 keeps the charter and updates "last successful update"', async () => {
    let now = new Date('2026-12-01T09:00:00.000Z');
    const server = charterServerStub(() => now);
    const lastModified = 'Tue, 01 Dec 2026 08:00:00 GMT';
    server.answers.set(MANAGER_URL, (request) =>
      request.ifNoneMatch === '"v1"' && request.ifModifiedSince === lastModified
        ? new Response(null, { status: 304 })
        : jsonResponse(named('Good', '1'), { etag: '"v1"', 'last-modified': lastModified }),
    );
    await managerCharterUrlItem.setValue(MANAGER_URL);
    expect((await refreshCharter(server.deps())).load.status).toBe('applied');
    expect(server.requests[0]).toMatchObject({ ifNoneMatch: null, ifModifiedSince: null });
    expect(await charterUrlValidatorsItem.getValue()).toEqual({ url: MANAGER_URL, etag: '"v1"', lastModified });
    const compiled = await compiledCharterItem.getValue();

    now = new Date('2026-12-01T10:00:00.000Z');
    const outcome = await refreshCharter(server.deps());
    expect(outcome.load.status).toBe('unchanged');
    expect(server.requests[1]).toMatchObject({ ifNoneMatch: '"v1"', ifModifiedSince: lastModified });
    expect(await compiledCharterItem.getValue()).toEqual(compiled);
    expect((await charterMetaItem.getValue())?.lastSuccessAt).toBe('2026-12-01T10:00:00.000Z');
  });

  it('a 304 clears the problem a failed attempt left', async () => {
    const server = charterServerStub();
    server.answers.set(MANAGER_URL, jsonResponse(named('Good', '1'), { etag: '"v1"' }));
    await managerCharterUrlItem.setValue(MANAGER_URL);
    await refreshCharter(server.deps());
    server.answers.set(MANAGER_URL, 'network-error');
    await refreshCharter(server.deps());
    expect(await charterProblemItem.getValue()).not.toBeNull();
    server.answers.set(MANAGER_URL, new Response(null, { status: 304 }));
    expect((await refreshCharter(server.deps())).load.status).toBe('unchanged');
    expect(await charterProblemItem.getValue()).toBeNull();
  });

  it('sends no validators when the charter in force did not come from this URL', async () => {
    await importCharterFile(named('From file', '1'), 'charter.json');
    await charterUrlValidatorsItem.setValue({ url: MANAGER_URL, etag: '"stale"' });
    const server = charterServerStub();
    server.answers.set(MANAGER_URL, jsonResponse(named('From URL', '1')));
    await managerCharterUrlItem.setValue(MANAGER_URL);
    await refreshCharter(server.deps());
    expect(server.requests[0].ifNoneMatch).toBeNull();
    expect(await inForce()).toMatchObject({ source: 'url' });
  });
});

describe('a policy with bad values', () => {
  it('names lockedMode "boss" in the charter problem, ignores it, and applies the rest of the policy', async () => {
    await fakeBrowser.storage.managed.set({ lockedMode: 'boss', lockSettings: true, charterJson: named('Policy', '1') });
    await refreshCharter(charterServerStub().deps());
    expect(await inForce()).toMatchObject({ source: 'policy', name: 'Policy' });
    const policy = await policyStateItem.getValue();
    expect(policy).toMatchObject({ lockedMode: null, lockSettings: true, problems: [{ key: 'lockedMode', code: 'not-a-mode', value: 'boss' }] });
    expect((await charterProblemItem.getValue())?.failures).toEqual([{ kind: 'policy-value', key: 'lockedMode', code: 'not-a-mode', value: 'boss' }]);
  });

  it('keeps the last good charter when charterJson is not JSON', async () => {
    await importCharterFile(named('Good file', '1'), 'charter.json');
    const compiled = await compiledCharterItem.getValue();
    await fakeBrowser.storage.managed.set({ charterJson: '{"schemaVersion": 1, oops' });
    await refreshCharter(charterServerStub().deps());
    expect(await compiledCharterItem.getValue()).toEqual(compiled);
    expect((await charterProblemItem.getValue())?.failures).toEqual([
      { kind: 'policy-value', key: 'charterJson', code: 'not-json', value: '{"schemaVersion": 1, oops' },
    ]);
  });

  it('reports a policy charter that fails validation, with the bad lockedMode beside it', async () => {
    await importCharterFile(named('Good file', '1'), 'charter.json');
    await fakeBrowser.storage.managed.set({ lockedMode: 42, charterJson: charterText({ rules: 'none' }) });
    await refreshCharter(charterServerStub().deps());
    expect(await inForce()).toMatchObject({ source: 'file', name: 'Good file' });
    const problem = await charterProblemItem.getValue();
    expect(problem?.source).toBe('policy');
    expect(problem?.failures).toEqual([{ kind: 'policy-value', key: 'lockedMode', code: 'not-a-mode', value: '42' }, { kind: 'invalid-charter' }]);
    expect(problem?.messages.some((line) => line.startsWith('rules'))).toBe(true);
  });

  it('drops the policy problem once the administrator fixes the policy', async () => {
    await fakeBrowser.storage.managed.set({ lockedMode: 'boss' });
    await refreshCharter(charterServerStub().deps());
    expect(await charterProblemItem.getValue()).not.toBeNull();
    await fakeBrowser.storage.managed.set({ lockedMode: 'junior' });
    await refreshCharter(charterServerStub().deps());
    expect(await charterProblemItem.getValue()).toBeNull();
    expect((await policyStateItem.getValue()).lockedMode).toBe('junior');
  });

  it('drops a URL problem once the manager removes the URL', async () => {
    const server = charterServerStub();
    await managerCharterUrlItem.setValue(MANAGER_URL);
    await refreshCharter(server.deps());
    expect((await charterProblemItem.getValue())?.failures).toEqual([{ kind: 'http-status', status: 404 }]);
    await managerCharterUrlItem.setValue(null);
    await refreshCharter(server.deps());
    expect(await charterProblemItem.getValue()).toBeNull();
  });
});
