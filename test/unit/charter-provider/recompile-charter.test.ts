// A charter put in force keeps its source text and the fingerprint of the build that compiled it; after an update that
// changes the packs or the compiled format, the background rebuilds it from that text, or keeps the last good one and
// says why (WXT's fake browser; "an update" is played with another fingerprint and other packs).
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { applyCharterText } from '../../../lib/background/charter-sources/apply-charter';
import { startCharterDistribution } from '../../../lib/background/charter-sources/charter-distribution';
import { queueCharterUpdate } from '../../../lib/background/charter-sources/charter-queue';
import { importCharterFile, loadDemoCharter } from '../../../lib/background/charter-sources/charter-sources';
import { recompileStaleCharter } from '../../../lib/background/charter-sources/recompile-charter';
import { compileCharterText } from '../../../lib/core/charter/compile';
import { compiledFingerprint, fingerprintOf } from '../../../lib/core/charter/compiled-fingerprint';
import { COMPILED_FORMAT } from '../../../lib/core/charter/compiled';
import { ENGINE_LEXIS } from '../../../lib/core/charter/engine-lexis';
import { BUILTIN_PACKS, DEFAULT_PATHS } from '../../../lib/core/packs';
import { BUILTIN_MODELS } from '../../../lib/core/packs/models';
import type { RulePack } from '../../../lib/core/packs/types';
import { charterMetaItem, charterProblemItem, compiledCharterItem } from '../../../lib/shared/storage/charter-items';
import { charterBuildItem, charterSourceTextItem } from '../../../lib/shared/storage/charter-source';

const brandtrucText = readFileSync('charters/brandtruc.json', 'utf8');
const REFUND_RULE = 'fr.perimeter.refund-or-gesture';
const NEXT_BUILD = 'gardefou-compiled/next+packs:0000000000000000';

/** The packs of a later version: the refund rule says something else. */
const nextPacks: RulePack[] = BUILTIN_PACKS.map((pack) => ({
  ...pack,
  rules: pack.rules.map((rule) => (rule.id === REFUND_RULE ? { ...rule, message: { fr: 'Nouveau message du pack.', en: 'New pack message.' } } : rule)),
}));

/** The packs of a later version that dropped the `own_fr` lexicon. */
const packsWithoutOwnFr: RulePack[] = BUILTIN_PACKS.map((pack) => ({
  ...pack,
  lexicons: Object.fromEntries(Object.entries(pack.lexicons).filter(([name]) => name !== 'own_fr')),
  rules: pack.rules.filter((rule) => !JSON.stringify(rule).includes('@own_fr')),
}));

/** Brandtruc with one rule of its own that uses a pack lexicon. */
const usesOwnFr = JSON.stringify({
  ...JSON.parse(brandtrucText),
  rules: [
    ...JSON.parse(brandtrucText).rules,
    { id: 'brandtruc.own-order', kind: 'existence', category: 'style', severity: 'info', message: { fr: 'Commande.', en: 'Order.' }, terms: ['@own_fr commande'] },
  ],
});

const ruleMessage = async (id: string) => (await compiledCharterItem.getValue())?.rules.find((rule) => rule.id === id)?.message;

beforeEach(() => fakeBrowser.reset());

describe('the kept source', () => {
  it('is stored with every charter put in force, with the fingerprint of the build that compiled it', async () => {
    await importCharterFile(brandtrucText, 'brandtruc.json');
    expect(await charterSourceTextItem.getValue()).toBe(brandtrucText);
    expect(await charterBuildItem.getValue()).toEqual({ fingerprint: compiledFingerprint() });
  });

  it('is not replaced by a charter that was refused', async () => {
    await importCharterFile(brandtrucText, 'brandtruc.json');
    await applyCharterText('{"schemaVersion": 1}', { source: 'file', origin: 'broken.json' });
    expect(await charterSourceTextItem.getValue()).toBe(brandtrucText);
  });
});

describe('compiledFingerprint', () => {
  it('is stable, and changes with the packs, the engine lexis or the compiled format', () => {
    const parts = { format: COMPILED_FORMAT, packs: BUILTIN_PACKS, paths: DEFAULT_PATHS, models: BUILTIN_MODELS, lexis: ENGINE_LEXIS };
    expect(compiledFingerprint()).toBe(fingerprintOf(parts));
    expect(compiledFingerprint()).toMatch(/^gardefou-compiled\/\d+\+packs:[0-9a-f]{16}$/);
    expect(fingerprintOf({ ...parts, packs: nextPacks })).not.toBe(compiledFingerprint());
    expect(fingerprintOf({ ...parts, format: 'gardefou-compiled/999' })).not.toBe(compiledFingerprint());
    expect(fingerprintOf({ ...parts, lexis: { ...ENGINE_LEXIS, firstNames: `${ENGINE_LEXIS.firstNames} gaspard` } })).not.toBe(compiledFingerprint());
  });
});

describe('recompileStaleCharter', { timeout: 30_000 }, () => {
  it('leaves a charter compiled by this build alone', async () => {
    await importCharterFile(brandtrucText, 'brandtruc.json');
    const before = await compiledCharterItem.getValue();
    expect(await recompileStaleCharter()).toEqual({ status: 'current' });
    expect(await compiledCharterItem.getValue()).toEqual(before);
  });

  it('rebuilds an imported file from its kept text when the packs changed, keeping its meta', async () => {
    await importCharterFile(brandtrucText, 'brandtruc.json');
    const meta = await charterMetaItem.getValue();
    expect(await recompileStaleCharter({ fingerprint: NEXT_BUILD, compile: (text) => compileCharterText(text, nextPacks) })).toEqual({ status: 'recompiled' });
    expect(await ruleMessage(REFUND_RULE)).toEqual({ fr: 'Nouveau message du pack.', en: 'New pack message.' });
    expect(await charterBuildItem.getValue()).toEqual({ fingerprint: NEXT_BUILD });
    expect(await charterMetaItem.getValue()).toEqual(meta);
    expect(await charterProblemItem.getValue()).toBeNull();
  });

  it('keeps the last good charter when the kept text no longer compiles, says why, and does not retry with the same build', async () => {
    await importCharterFile(usesOwnFr, 'brand.json');
    const lastGood = await compiledCharterItem.getValue();
    const outcome = await recompileStaleCharter({
      fingerprint: NEXT_BUILD,
      compile: (text) => compileCharterText(text, packsWithoutOwnFr),
      now: new Date('2026-12-07T09:00:00Z'),
    });
    expect(outcome.status).toBe('failed');
    expect(await compiledCharterItem.getValue()).toEqual(lastGood);
    const problem = await charterProblemItem.getValue();
    expect(problem).toMatchObject({ source: 'file', origin: 'brand.json', at: '2026-12-07T09:00:00.000Z', failures: [{ kind: 'recompile-failed' }] });
    expect(problem?.messages.join('\n')).toContain("unknown lexicon '@own_fr'");

    expect(await recompileStaleCharter({ fingerprint: NEXT_BUILD, compile: () => { throw new Error('not retried'); } })).toEqual({ status: 'current' });
    // The next build that can compile it again rebuilds it and clears the problem.
    expect(await recompileStaleCharter({ fingerprint: `${NEXT_BUILD}-2`, compile: (text) => compileCharterText(text, nextPacks) })).toEqual({ status: 'recompiled' });
    expect(await charterProblemItem.getValue()).toBeNull();
    expect(await ruleMessage(REFUND_RULE)).toEqual({ fr: 'Nouveau message du pack.', en: 'New pack message.' });
  });

  it('asks for the file again when it was imported by a version that kept no text', async () => {
    await importCharterFile(brandtrucText, 'brandtruc.json');
    await charterSourceTextItem.setValue(null);
    await charterBuildItem.setValue(null);
    expect(await recompileStaleCharter()).toEqual({ status: 'source-not-kept' });
    expect(await charterProblemItem.getValue()).toMatchObject({ source: 'file', origin: 'brandtruc.json', failures: [{ kind: 'source-not-kept' }] });
    // Importing it again brings the text back and clears the problem.
    await importCharterFile(brandtrucText, 'brandtruc.json');
    expect(await charterProblemItem.getValue()).toBeNull();
    expect(await recompileStaleCharter()).toEqual({ status: 'current' });
  });

  it('leaves a URL charter without kept text to the next refresh, and bundled charters to ensureCharterInForce', async () => {
    await applyCharterText(brandtrucText, { source: 'url', origin: 'https://brand.example/charter.json' });
    await charterSourceTextItem.setValue(null);
    await charterBuildItem.setValue(null);
    expect(await recompileStaleCharter()).toEqual({ status: 'source-not-kept' });
    expect(await charterProblemItem.getValue()).toBeNull();

    await loadDemoCharter();
    expect(await recompileStaleCharter({ fingerprint: NEXT_BUILD })).toEqual({ status: 'not-needed' });
  });

  it('runs when the browser starts: a file compiled by another build is rebuilt with this one', async () => {
    await importCharterFile(brandtrucText, 'brandtruc.json');
    const compiled = await compiledCharterItem.getValue();
    await compiledCharterItem.setValue({ ...compiled!, charter: { ...compiled!.charter, name: 'compiled by an older build' } });
    await charterBuildItem.setValue({ fingerprint: 'gardefou-compiled/0+packs:older' });
    startCharterDistribution();
    await fakeBrowser.runtime.onStartup.trigger();
    // The start-up work runs in the charter queue: wait until everything queued before this has run.
    await queueCharterUpdate(async () => undefined);
    await queueCharterUpdate(async () => undefined);
    expect((await compiledCharterItem.getValue())?.charter.name).toBe('Brandtruc');
    expect(await charterBuildItem.getValue()).toEqual({ fingerprint: compiledFingerprint() });
  });
});
