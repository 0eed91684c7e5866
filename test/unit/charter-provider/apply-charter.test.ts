// The background's charter provisioning: a broken charter never replaces a working one; a valid one does; meta and problem are right.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { applyCharterText } from '../../../lib/background/charter-sources/apply-charter';
import { importCharterFile, loadBuiltinCharter, loadDemoCharter } from '../../../lib/background/charter-sources/charter-sources';
import { answerCharterRequest } from '../../../lib/background/charter-sources/charter-requests';
import { ensureCharterInForce } from '../../../lib/background/charter-sources/ensure-charter';
import { charterMetaItem, charterProblemItem, compiledCharterItem } from '../../../lib/shared/storage/charter-items';

const brandtrucText = readFileSync('charters/brandtruc.json', 'utf8');

function charterWith(changes: Record<string, unknown>): string {
  return JSON.stringify({ ...JSON.parse(brandtrucText), ...changes });
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('ensureCharterInForce', () => {
  it('stores the built-in packs as a charter when there has never been one', async () => {
    const result = await ensureCharterInForce({ extensionChanged: true });
    expect(result?.ok).toBe(true);
    const compiled = await compiledCharterItem.getValue();
    expect(compiled?.rules.some((rule) => rule.origin === 'builtin:fr')).toBe(true);
    expect(compiled?.rules.some((rule) => rule.origin === 'charter')).toBe(false);
    expect((await charterMetaItem.getValue())?.source).toBe('builtin');
    expect(await charterProblemItem.getValue()).toBeNull();
  });

  it('keeps an imported charter at startup and after an update', async () => {
    await importCharterFile(brandtrucText, 'brandtruc.json');
    expect(await ensureCharterInForce({ extensionChanged: false })).toBeNull();
    expect(await ensureCharterInForce({ extensionChanged: true })).toBeNull();
    expect((await charterMetaItem.getValue())?.source).toBe('file');
  });

  it('recompiles the demo charter after an extension update', async () => {
    await loadDemoCharter();
    const result = await ensureCharterInForce({ extensionChanged: true });
    expect(result?.ok && result.meta.source).toBe('demo');
  });

  it('never lets the start-up compile overwrite a charter loaded at the same moment', async () => {
    const startup = ensureCharterInForce({ extensionChanged: true });
    const demo = loadDemoCharter();
    await Promise.all([startup, demo]);
    expect((await charterMetaItem.getValue())?.source).toBe('demo');
    expect((await compiledCharterItem.getValue())?.charter.id).toBe('brandtruc');
  });
});

describe('applyCharterText', () => {
  it('puts a valid charter in force with its meta', async () => {
    const now = new Date('2026-11-21T10:00:00.000Z');
    const result = await applyCharterText(brandtrucText, { source: 'file', origin: 'brandtruc.json' }, now);
    expect(result.ok).toBe(true);
    expect(await charterMetaItem.getValue()).toEqual({
      source: 'file',
      origin: 'brandtruc.json',
      name: 'Brandtruc',
      version: '2026.11.1',
      updatedAt: '2026-11-20',
      lastSuccessAt: '2026-11-21T10:00:00.000Z',
    });
    expect((await compiledCharterItem.getValue())?.charter.id).toBe('brandtruc');
  });

  it('keeps the previous charter in force when the new one is invalid, and records why', async () => {
    await loadDemoCharter();
    const before = await compiledCharterItem.getValue();
    const metaBefore = await charterMetaItem.getValue();

    const broken = charterWith({ schemaVersion: 7, rules: [{ id: 'r1', category: 'style', severity: 'fatal' }] });
    const result = await importCharterFile(broken, 'broken.json');

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.some((line) => line.startsWith('schemaVersion'))).toBe(true);
    expect(result.errors.some((line) => line.startsWith('rules[0].'))).toBe(true);
    expect(await compiledCharterItem.getValue()).toEqual(before);
    expect(await charterMetaItem.getValue()).toEqual(metaBefore);
    const problem = await charterProblemItem.getValue();
    expect(problem).toMatchObject({ source: 'file', origin: 'broken.json', messages: result.errors });
  });

  it('names the line and column of a JSON syntax error', async () => {
    const result = await importCharterFile('{\n  "schemaVersion": 1,\n  oops\n}', 'typo.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/line 3/);
  });

  it('clears the problem once the same source loads successfully', async () => {
    await importCharterFile('not json', 'a.json');
    expect(await charterProblemItem.getValue()).not.toBeNull();
    await importCharterFile(brandtrucText, 'b.json');
    expect(await charterProblemItem.getValue()).toBeNull();
  });

  it('leaves a problem from another source in place', async () => {
    await importCharterFile('not json', 'a.json');
    await loadBuiltinCharter();
    expect((await charterProblemItem.getValue())?.source).toBe('file');
  });
});

describe('answerCharterRequest', () => {
  it('imports a file and loads the demo charter through messages', async () => {
    const imported = await answerCharterRequest({ type: 'gardefou:import-charter', text: brandtrucText, fileName: 'brandtruc.json' });
    expect(imported).toMatchObject({ ok: true, meta: { source: 'file', origin: 'brandtruc.json' } });
    const demo = await answerCharterRequest({ type: 'gardefou:load-demo-charter' });
    expect(demo).toMatchObject({ ok: true, meta: { source: 'demo', name: 'Brandtruc' } });
  });

  it('answers a refused import with the errors and no meta', async () => {
    const refused = await answerCharterRequest({ type: 'gardefou:import-charter', text: '[]', fileName: 'list.json' });
    expect(refused.ok).toBe(false);
    expect(refused.meta).toBeUndefined();
    expect(refused.errors?.[0]).toMatch(/expected a charter object/);
  });
});
