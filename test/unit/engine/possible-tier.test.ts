// The "possible" tier: lower-confidence paths and findings come back apart, with a reason, and never reach
// `categories`, `paths` or `findings` (what the badge counts and the box underlines).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCharterOrThrow } from '../../../lib/core/charter/compile';
import type { CompiledCharter } from '../../../lib/core/charter/compiled';
import { check } from '../../../lib/core/engine/check';
import type { CheckInput } from '../../../lib/core/engine/types';

const brandtruc = compileCharterOrThrow(JSON.parse(readFileSync('charters/brandtruc.json', 'utf8')));
const input = (over: Partial<CheckInput>): CheckInput => ({ incoming: '', draft: '', platform: 'x', isPublic: true, ...over });

describe('after-sales words in thanks or praise', () => {
  it.each([
    'Thank you! Amazing customer service as always, the gate agent was wonderful',
    'Great service on my flight today, thanks to the whole crew',
    'just got my lost kindle back in the mail, thanks again!',
    'Merci beaucoup, colis bien reçu malgré le retard, livreur super sympa',
  ])('is a possible path, not a path: %s', (incoming) => {
    const result = check(input({ incoming }), brandtruc);
    expect(result.categories).not.toContain('sav');
    expect(result.paths).toEqual([]);
    expect(result.possible).toEqual(expect.arrayContaining([expect.objectContaining({ side: 'incoming', category: 'sav', reason: 'praise' })]));
  });

  it.each([
    'thanks for losing my bag, still no news after 3 days',
    'Thanks for the 2hr delay and then no ground crew when we landed',
    'great customer service, on hold for 2 hours and then they hung up',
    'Merci pour le retard, toujours pas de nouvelles de mon colis',
    'Sure love waiting 5 hours for a delayed flight. #fail',
  ])('a sarcastic or open complaint stays a path: %s', (incoming) => {
    const result = check(input({ incoming }), brandtruc);
    expect(result.categories).toContain('sav');
    expect(result.possible?.some((p) => p.category === 'sav')).toBe(false);
  });
});

describe('a model below its confident threshold', () => {
  it('gives a possible finding with reason model_uncertain, outside categories and findings', () => {
    // The same charter, with every classifier made unsure: a score above 0.0001 is possible, none is confident.
    const unsure: CompiledCharter = {
      ...brandtruc,
      rules: brandtruc.rules.map((r) => (r.classifier ? { ...r, classifier: { ...r.classifier, threshold: 0.99999, possibleThreshold: 0.0001 } } : r)),
    };
    const draft = 'Maybe learn to read the instructions before crying about it online, genius.';
    const sure = check(input({ draft }), { ...brandtruc, rules: brandtruc.rules.filter((r) => r.kind !== 'classifier') });
    const result = check(input({ draft }), unsure);
    const fromModels = (result.possible ?? []).filter((p) => p.ruleId.includes('.model.'));
    expect(fromModels.length).toBeGreaterThan(0);
    for (const p of fromModels) {
      expect(p.reason).toBe('model_uncertain');
      expect(p.side).toBe('draft');
      // Only categories no confident rule already raises.
      expect(sure.categories).not.toContain(p.category);
      expect(result.findings.some((f) => f.ruleId === p.ruleId)).toBe(false);
    }
    expect(result.categories).toEqual(sure.categories);
  });
});

describe('a bare full name in a public draft', () => {
  it('is a possible private-data signal, not a finding, when nothing ties it to a private person', () => {
    const result = check(input({ draft: 'Ryan Gosling and Eva Mendes look great' }), brandtruc);
    expect(result.categories).not.toContain('private_data');
    expect(result.possible).toEqual(expect.arrayContaining([expect.objectContaining({ category: 'private_data', reason: 'name_only' })]));
  });
  it.each(['Merci, nous transmettons vos compliments à Amandine Roux, notre conseillère.', 'Hi, we can see the order was placed by Jeanne Moreau in Rennes.', 'Notre livreur Kevin Martin est passé à 14h'])(
    'stays a finding with a role, a place or a link to the brand: %s',
    (draft) => expect(check(input({ draft }), brandtruc).categories).toContain('private_data'),
  );
});
