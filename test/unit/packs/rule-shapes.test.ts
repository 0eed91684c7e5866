// The FR and EN packs give words; the shared shapes give the rest (lib/core/packs/common/shapes). These tests pin how
// the two are joined, so a rule's id, kind or exceptions cannot drift from one language to the other.
import { describe, expect, it } from 'vitest';
import { familyRules, ruleFamily } from '../../../lib/core/packs/common/shapes/build';
import { INCOMING } from '../../../lib/core/packs/common/shapes/incoming';
import { PERIMETER } from '../../../lib/core/packs/common/shapes/perimeter';
import { PERSONAL_DATA } from '../../../lib/core/packs/common/shapes/personal-data';
import { TONE } from '../../../lib/core/packs/common/shapes/tone';
import { ENGLISH_PACK } from '../../../lib/core/packs/en';
import { FRENCH_PACK } from '../../../lib/core/packs/fr';

const message = { fr: 'Message', en: 'Message' };
const family = ruleFamily(
  { fr: 'Clause FR', en: 'Clause EN' },
  {
    'x.swap': { kind: 'substitution', category: 'out_of_perimeter', severity: 'error', message, swapReplacement: { fr: 'Remplacer', en: 'Replace' }, unless: { study: true } },
    'x.own': { kind: 'pattern', category: 'style', severity: 'warning', message, ownLanguageOnly: true, contextScope: 'message' },
  },
);

describe('familyRules', () => {
  it('names the rule after its language and shape, and takes the clause of that language', () => {
    const [rule] = familyRules('fr', family, { 'x.own': { pattern: 'a+' } });
    expect(rule).toMatchObject({ id: 'fr.x.own', kind: 'pattern', category: 'style', severity: 'warning', clause: 'Clause FR', message, pattern: 'a+', contextScope: 'message' });
  });

  it('reads only its own language when the shape says so', () => {
    expect(familyRules('en', family, { 'x.own': { pattern: 'a+' } })[0]!.langs).toEqual(['en']);
  });

  it('turns a substitution’s terms into a swap with the shared replacement', () => {
    const [rule] = familyRules('en', family, { 'x.swap': { terms: ['refund you'] } });
    expect(rule).toMatchObject({ swap: [{ terms: ['refund you'], replacement: { fr: 'Remplacer', en: 'Replace' } }] });
    expect(rule).not.toHaveProperty('terms');
  });

  it('adds a language’s own exceptions to the shared ones', () => {
    const [rule] = familyRules('fr', family, { 'x.swap': { terms: ['a'], unless: { negated: true, near: ['b'] } } });
    expect(rule!.unless).toEqual({ study: true, negated: true, near: ['b'] });
  });

  it('keeps the order the words are listed in', () => {
    expect(familyRules('fr', family, { 'x.own': { pattern: 'a' }, 'x.swap': { terms: ['b'] } }).map((r) => r.id)).toEqual(['fr.x.own', 'fr.x.swap']);
  });
});

describe('the built-in shapes', () => {
  const ids = new Set([...FRENCH_PACK.rules, ...ENGLISH_PACK.rules].map((r) => r.id));
  it.each(
    [INCOMING, PERIMETER, PERSONAL_DATA, TONE].flatMap((f) => Object.keys(f.shapes)),
  )('%s has words in at least one language', (name) => {
    expect(ids.has(`fr.${name}`) || ids.has(`en.${name}`)).toBe(true);
  });
});
