import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCharterOrThrow } from '../../../lib/core/charter/compile';
import type { CharterInput } from '../../../lib/core/charter/schema';
import { check, MAX_CHECKED_CHARS } from '../../../lib/core/engine/check';
import type { CheckInput } from '../../../lib/core/engine/types';

const base: CharterInput = {
  schemaVersion: 1,
  id: 'test',
  version: '1',
  updatedAt: '2026-11-20',
  brand: { name: 'Test', languages: ['fr', 'en'], platforms: ['facebook', 'x', 'linkedin'], contacts: { phones: ['09 70 80 90 00'] } },
  paths: [{ id: 'sav', category: 'sav', label: { fr: 'SAV', en: 'Customer service' }, secondPairOfEyes: false }],
  phrasings: [],
  rules: [],
};

const charter = compileCharterOrThrow(base);
const brandtruc = compileCharterOrThrow(JSON.parse(readFileSync('charters/brandtruc.json', 'utf8')));

const input = (over: Partial<CheckInput>): CheckInput => ({ incoming: '', draft: '', platform: 'facebook', isPublic: true, ...over });

describe('check', () => {
  it('returns the path the incoming message calls for, with the trigger’s offsets', () => {
    const incoming = "Bonjour, j'ai toujours pas reçu ma commande";
    const r = check(input({ incoming }), charter);
    expect(r.paths.map((p) => p.id)).toEqual(['sav']);
    expect(r.categories).toEqual(['sav']);
    const p = r.paths[0];
    expect(incoming.slice(p.start, p.end).toLowerCase()).toContain('pas reçu');
  });

  it('gives findings with offsets inside the draft that point at the offending words', () => {
    const draft = 'Bonjour ! On vous rembourse demain, c’est cadeau.';
    const r = check(input({ draft }), charter);
    const refund = r.findings.find((f) => f.ruleId === 'fr.perimeter.refund-or-gesture')!;
    expect(draft.slice(refund.start, refund.end)).toBe('On vous rembourse');
    expect(refund.severity).toBe('error');
    expect(refund.replacement).toContain('étudiera');
    for (const f of r.findings) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(draft.length);
      expect(f.end).toBeGreaterThan(f.start);
    }
  });

  it('keeps a team that will study a request, and a negated promise, inside the perimeter', () => {
    expect(check(input({ draft: 'Notre service client étudiera votre demande de remboursement.' }), charter).findings).toEqual([]);
    expect(check(input({ draft: 'Nous ne pouvons pas vous rembourser ici.' }), charter).findings).toEqual([]);
    expect(check(input({ draft: "We'll look into it and refund you if eligible." }), charter).findings).toEqual([]);
  });

  it('flags personal data in public replies only, and lets the brand’s own contacts through', () => {
    const draft = 'Écrivez à jean.dupont@gmail.com ou appelez le 09 70 80 90 00';
    const pub = check(input({ draft }), charter);
    expect(pub.findings.map((f) => f.ruleId)).toEqual(['common.private-data.email']);
    expect(check(input({ draft, isPublic: false }), charter).findings).toEqual([]);
  });

  it('lets asking for data by DM through, and flags asking in public', () => {
    expect(check(input({ draft: 'Envoyez-nous votre numéro de commande en message privé.' }), charter).findings).toEqual([]);
    expect(check(input({ draft: 'Donnez-nous votre numéro de commande en commentaire.' }), charter).categories).toEqual(['private_data']);
  });

  it('applies a platform’s length limit', () => {
    const draft = `Bonjour, ${'merci beaucoup '.repeat(25)}`;
    expect(check(input({ draft, platform: 'x' }), charter).categories).toContain('style');
    expect(check(input({ draft, platform: 'facebook' }), charter).categories).not.toContain('style');
  });

  it('runs rules conditioned on the incoming path only when it is there', () => {
    const draft = 'Désolés ! En attendant, profitez de -20 % sur la nouvelle collection';
    expect(check(input({ incoming: 'Colis jamais reçu', draft }), charter).findings.map((f) => f.ruleId)).toContain('fr.overmarketing.sell-to-complaint');
    expect(check(input({ incoming: 'Vous avez des promos ?', draft }), charter).findings.map((f) => f.ruleId)).not.toContain(
      'fr.overmarketing.sell-to-complaint',
    );
  });

  it('in crisis mode, shows the crisis path on every reply and turns promotion into an error', () => {
    const r = check(input({ incoming: 'Bonjour', draft: 'Le meilleur canapé, le plus beau du marché', mode: 'crisis' }), brandtruc);
    expect(r.paths.map((p) => p.id)).toEqual(['crisis']);
    expect(r.paths[0].ruleId).toBe('mode:crisis');
    expect(r.findings.find((f) => f.category === 'overmarketing')?.severity).toBe('error');
    const normal = check(input({ incoming: 'Bonjour', draft: 'Le meilleur canapé, le plus beau du marché' }), brandtruc);
    expect(normal.findings.find((f) => f.category === 'overmarketing')?.severity).toBe('warning');
  });

  it('runs junior-only rules in junior mode', () => {
    const i = input({ incoming: 'Colis jamais reçu', draft: 'Désolés pour ce retard' });
    expect(check(i, brandtruc).findings.map((f) => f.ruleId)).not.toContain('brandtruc.junior.sav-redirect');
    const junior = check({ ...i, mode: 'junior' }, brandtruc).findings.find((f) => f.ruleId === 'brandtruc.junior.sav-redirect');
    expect(junior?.wholeDraft).toBe(true);
  });

  it('detects the reply’s language, and writes messages in the requested one', () => {
    const r = check(input({ draft: "We'll refund you tomorrow" }), charter);
    expect(r.lang).toBe('en');
    expect(r.findings[0].message).toMatch(/refund/i);
    const fr = check(input({ draft: "We'll refund you tomorrow", messageLang: 'fr' }), charter);
    expect(fr.findings[0].message).toMatch(/remboursement/);
  });

  it('keeps one finding per place and category, the most severe', () => {
    const r = check(input({ draft: 'On vous rembourse, on vous rembourse' }), charter);
    const starts = r.findings.map((f) => `${f.category}@${f.start}`);
    expect(new Set(starts).size).toBe(starts.length);
  });

  it('checks a huge draft on its first part and says so', () => {
    const draft = `${'Bonjour. '.repeat(8000)}On vous rembourse.`;
    const r = check(input({ draft }), charter);
    expect(r.checkedLength).toBe(MAX_CHECKED_CHARS);
    expect(r.findings.every((f) => f.end <= MAX_CHECKED_CHARS)).toBe(true);
  });

  it('returns an empty result for empty texts', () => {
    expect(check(input({}), charter)).toMatchObject({ paths: [], findings: [], categories: [] });
  });
});
