// Privacy: a draft is checked, its events derived and recorded the way the page will, and then every record of every
// object store is searched for the draft's words, the incoming message's words, the author's name and the URLs.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { compileCharterOrThrow } from '../../../lib/core/charter/compile';
import { check } from '../../../lib/core/engine/check';
import type { Finding } from '../../../lib/core/engine/types';
import { PLATFORMS } from '../../../lib/core/engine/vocabulary';
import { createFindingStatsTracker } from '../../../lib/page/boxes/finding-stats-tracker';
import { buildFalsePositiveEvent } from '../../../lib/shared/stats/false-positive-report';
import { compiledCharterItem } from '../../../lib/shared/storage/charter-items';
import { createStatsRecorder } from '../../../lib/shared/stats/record-events';
import { answerRecordEvents } from '../../../lib/background/stats-db/stats-requests';
import { openStatsStore, type StatsStore } from '../../../lib/shared/stats-db/stats-store';

const charter = compileCharterOrThrow(JSON.parse(readFileSync('charters/brandtruc.json', 'utf8')));
const DB_NAME = 'stats-privacy-test';

const author = 'Gwendoline Zabrowski';
const pageUrl = 'https://www.facebook.com/gwendoline.zabrowski/posts/8765309';
const incoming = `${author} : Ma commande 4471-QX du xylophone Harmonika n'est jamais arrivée, je veux être remboursée ! ${pageUrl}`;
const draft =
  'Bonjour Gwendoline, toutes nos excuses pour le xylophone Harmonika. Nous allons vous rembourser intégralement ' +
  'et vous offrir un bon de 20 euros. Écrivez à gwendoline.zabrowski@quetzalmail.org ou au 06 12 34 56 78. ' +
  'Voir https://brandtruc.fr/suivi?client=zabrowski';
/** Words that only the page had: none may be found in the store. */
const DISTINCTIVE = ['Gwendoline', 'Zabrowski', 'xylophone', 'Harmonika', '4471', 'quetzalmail', '06 12 34 56 78', '0612345678', 'facebook.com', 'brandtruc.fr', 'https', '8765309', 'intégralement', 'integralement', 'excuses'];

async function dumpEveryRecord(name: string): Promise<string> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const dump: Record<string, unknown[]> = {};
  for (const storeName of [...db.objectStoreNames]) {
    dump[storeName] = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(storeName).objectStore(storeName).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }
  db.close();
  return JSON.stringify(dump);
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
/** Strings the store may legitimately hold: platforms, ids, categories, path teams. A draft word that is one of them proves nothing. */
const storedVocabulary = fold(
  JSON.stringify([
    PLATFORMS,
    charter.rules.map((rule) => [rule.id, rule.category]),
    charter.paths.map((path) => [path.id, path.category, path.team]),
    charter.phrasings.map((phrasing) => phrasing.id),
  ]),
);

let store: StatsStore;
beforeEach(async () => {
  fakeBrowser.reset();
  await compiledCharterItem.setValue(charter);
  store = openStatsStore({ name: DB_NAME });
});
afterEach(() => store.close());

describe('statistics privacy', () => {
  it('stores no word of the draft, the incoming message, the author or the URLs', async () => {
    let clock = new Date(2026, 4, 4, 10).getTime();
    const recorder = createStatsRecorder({ send: (request) => answerRecordEvents(request, store, clock), delayMs: 60_000 });
    const tracker = createFindingStatsTracker({ platform: 'facebook', emit: recorder.record, now: () => clock });
    const dismissed = new Set<string>();
    const keyOf = (finding: Finding, text: string) => `${finding.ruleId}\u0000${text.slice(finding.start, finding.end)}`;
    let open: Finding[] = [];
    let allFindings: Finding[] = [];
    // What the content script does after every change of the box.
    const checkBox = (text: string) => {
      const result = check({ incoming, draft: text, platform: 'facebook', isPublic: true, mode: 'normal' }, charter);
      allFindings = result.findings;
      open = result.findings.filter((finding) => !dismissed.has(keyOf(finding, text)));
      tracker.update(open, text.trim() === '');
    };

    // Typed word by word, a few hundred milliseconds apart, then a pause long enough for findings to settle.
    const words = draft.split(' ');
    for (let count = 1; count <= words.length; count += 1) {
      clock += 250;
      checkBox(words.slice(0, count).join(' '));
    }
    clock += 2000;
    checkBox(draft);
    expect(open.length).toBeGreaterThanOrEqual(3);
    expect(allFindings.some((finding) => finding.category === 'private_data')).toBe(true);

    // The CM overrides the first finding (the dismiss handler), then removes the phone number (a fix).
    const overridden = open[0];
    tracker.overridden(overridden.ruleId, 'context_ok');
    dismissed.add(keyOf(overridden, draft));
    checkBox(draft);
    const edited = draft.replace(' ou au 06 12 34 56 78', '');
    clock += 1500;
    checkBox(edited);

    // The popup's events: a phrasing inserted, an escalation recorded, a false-positive report without text,
    // and a careless sender that puts the draft in extra fields.
    const phrasing = charter.phrasings.find((candidate) => candidate.path === 'sav')!;
    recorder.record({ kind: 'phrasing-inserted', phrasingId: phrasing.id, platform: 'facebook', at: clock });
    recorder.record({ kind: 'escalation-recorded', pathId: 'sav', platform: 'facebook', at: clock });
    recorder.record(buildFalsePositiveEvent({ ruleId: open[0].ruleId, reason: 'harmless_meaning', platform: 'facebook', attach: false, attachableText: draft, at: clock }));
    recorder.record({ kind: 'finding-shown', ruleId: open[0].ruleId, platform: 'facebook', at: clock, draft, incoming, author, url: pageUrl } as never);
    recorder.record({ kind: 'finding-shown', ruleId: draft.slice(0, 60), platform: 'facebook', at: clock });

    // The box is sent (emptied): no fix counted for what was still there.
    checkBox('');
    tracker.dispose();
    expect(await recorder.flush()).toBe(true);

    const { rules } = await store.aggregates();
    const shown = rules.reduce((total, row) => total + row.shown, 0);
    expect(shown).toBeGreaterThanOrEqual(4);
    expect(rules.reduce((total, row) => total + row.fixed, 0)).toBeGreaterThanOrEqual(1);
    expect(rules.reduce((total, row) => total + row.overridden.context_ok, 0)).toBe(1);
    expect(await store.escalations()).toHaveLength(1);
    store.close();

    const dump = await dumpEveryRecord(DB_NAME);
    const foldedDump = fold(dump);
    for (const word of DISTINCTIVE) expect(foldedDump, word).not.toContain(fold(word));
    const pageWords = new Set(fold(`${draft} ${incoming} ${author} ${pageUrl}`).match(/[\p{L}\p{N}]{5,}/gu));
    const leaked = [...pageWords].filter((word) => foldedDump.includes(word) && !storedVocabulary.includes(word));
    expect(leaked).toEqual([]);
  });
});
