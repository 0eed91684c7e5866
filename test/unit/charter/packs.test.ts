import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS } from '../../../lib/core/packs';
import { CATEGORIES } from '../../../lib/core/engine/vocabulary';

describe('built-in packs', () => {
  it.each(['fr', 'en'] as const)('the %s pack (with the common pack) covers every category', (lang) => {
    const covered = new Set(BUILTIN_PACKS.filter((p) => p.lang === lang || p.lang === undefined).flatMap((p) => p.rules.map((r) => r.category)));
    expect([...covered].sort()).toEqual([...CATEGORIES].sort());
  });

  it('gives every rule a message in both languages, a clause and examples that can fail', () => {
    for (const pack of BUILTIN_PACKS) {
      for (const rule of pack.rules) {
        expect(typeof rule.message === 'object' && rule.message.fr && rule.message.en, rule.id).toBeTruthy();
        expect(rule.clause, rule.id).toBeTruthy();
        expect(rule.examples?.should_flag?.length, `${rule.id} should_flag`).toBeGreaterThan(0);
        expect(rule.examples?.should_pass?.length, `${rule.id} should_pass`).toBeGreaterThan(0);
      }
    }
  });

  it('uses unique rule ids', () => {
    const ids = BUILTIN_PACKS.flatMap((p) => p.rules.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
