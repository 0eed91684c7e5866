// `quietable: true` on a rule: carried to the compiled rule, and refused with a lint message on the rules a CM must always see.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatCharterError } from '../../../lib/core/charter/charter-error';
import { compileCharter } from '../../../lib/core/charter/compile';
import { quietableRefusal } from '../../../lib/core/charter/quietable';

const brandtruc = JSON.parse(readFileSync('charters/brandtruc.json', 'utf8'));
const minimal = () => ({
  schemaVersion: 1,
  id: 'acme',
  version: '1',
  updatedAt: '2026-11-20',
  brand: { name: 'Acme', languages: ['en'], platforms: ['x'] },
  packs: { builtin: [] as string[] },
  paths: [],
  phrasings: [],
  rules: [] as Record<string, unknown>[],
});
const rule = (fields: Record<string, unknown>) => ({ id: 'acme.rule', kind: 'existence', category: 'style', severity: 'warning', message: 'No', terms: ['globex'], ...fields });
const errorsOf = (charter: unknown) => {
  const result = compileCharter(charter);
  return result.ok ? [] : result.errors.map(formatCharterError);
};

describe('quietable rules', () => {
  it('carries quietable to the compiled rule, and only where the charter set it', () => {
    const result = compileCharter(brandtruc);
    if (!result.ok) throw new Error(result.errors.map(formatCharterError).join('\n'));
    const quietable = result.compiled.rules.filter((compiled) => compiled.quietable).map((compiled) => compiled.id);
    expect(quietable).toEqual(expect.arrayContaining(['brandtruc.tone.exclamation', 'brandtruc.tone.emoji']));
    expect(result.compiled.rules.find((compiled) => compiled.id === 'brandtruc.crisis.blame-or-denial')?.quietable).toBeUndefined();
  });

  it('refuses quietable on error-level perimeter rules, on personal-data and on crisis rules, naming the field', () => {
    const charter = minimal();
    charter.rules = [
      rule({ id: 'acme.refund', category: 'out_of_perimeter', severity: 'error', quietable: true }),
      rule({ id: 'acme.email', category: 'private_data', severity: 'info', quietable: true }),
      rule({ id: 'acme.fire', category: 'crisis', severity: 'info', quietable: true }),
      rule({ id: 'acme.crisis-only', category: 'overmarketing', modes: ['crisis'], quietable: true }),
      rule({ id: 'acme.refund-in-junior', category: 'out_of_perimeter', severity: 'warning', severityIn: { junior: 'error' }, quietable: true }),
    ];
    expect(errorsOf(charter)).toEqual([
      "rules[0].quietable: an error-level 'out_of_perimeter' rule cannot be quietable: promises only other teams may make must always be shown",
      "rules[1].quietable: a 'private_data' rule cannot be quietable: personal data in public must always be shown",
      "rules[2].quietable: a 'crisis' rule cannot be quietable: crisis signals must always be shown",
      'rules[3].quietable: a rule that only applies in crisis mode cannot be quietable: crisis rules must always be shown',
      "rules[4].quietable: an error-level 'out_of_perimeter' rule cannot be quietable: promises only other teams may make must always be shown",
    ]);
  });

  it('accepts quietable on a warning-level perimeter rule and on tone rules, and points at the override for a pack rule', () => {
    const charter = minimal();
    charter.rules = [rule({ category: 'out_of_perimeter', severity: 'warning', quietable: true })];
    expect(errorsOf(charter)).toEqual([]);
    const withPacks = JSON.parse(JSON.stringify(brandtruc));
    withPacks.packs.override['common.private-data.email'] = { ...withPacks.packs.override['common.private-data.email'], quietable: true };
    withPacks.packs.override['fr.overmarketing.boilerplate'] = { ...withPacks.packs.override['fr.overmarketing.boilerplate'], quietable: true };
    expect(errorsOf(withPacks)).toEqual([
      "packs.override.common.private-data.email.quietable: a 'private_data' rule cannot be quietable: personal data in public must always be shown",
    ]);
  });

  it('says nothing against quietable: false', () => {
    expect(quietableRefusal({ category: 'style', severity: 'error' })).toBeNull();
    const charter = minimal();
    charter.rules = [rule({ category: 'private_data', quietable: false })];
    expect(errorsOf(charter)).toEqual([]);
  });
});
