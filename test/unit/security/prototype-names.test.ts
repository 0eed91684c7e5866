// A charter's names are data: "constructor", "toString" or "__proto__" as a lexicon, model, variable, id or fragment name is
// either accepted and works, or refused with a message naming the field. Never a raw JavaScript error, never a broken check.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCharterText } from '../../../lib/core/charter/compile';
import { check } from '../../../lib/core/engine/check';
import { fillPhrasing, initialVariableValues, pageValueFor } from '../../../lib/core/phrasing/phrasing-variables';

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);
const lexiconSafe = PROTOTYPE_NAMES.filter((n) => /^[A-Za-z0-9_]+$/.test(n));

/** Built as JSON text, as a manager's file is: "__proto__" is then an own key like any other. */
function charterText(name: string, lexiconName: string, where: number): string {
  const lexicons = `{${JSON.stringify(lexiconName)}: ["bidule"]}`;
  const rules = [
    `{"id": ${JSON.stringify(where === 0 ? name : 'r.lexicon')}, "kind": "existence", "category": "style", "severity": "warning", "message": "m", "terms": ["@${lexiconName}"]}`,
    `{"id": "r.fragment", "kind": "existence", "category": "style", "severity": "info", "message": "m", "terms": ["⟦${name}⟧"]}`,
    where === 1 ? `{"id": "r.model", "kind": "classifier", "category": "style", "severity": "info", "message": "m", "model": ${JSON.stringify(name)}}` : '',
  ].filter(Boolean);
  return `{"schemaVersion": 1, "id": "acme", "version": "1", "updatedAt": "2026-11-01",
    "brand": {"name": "Acme", "languages": ["en"], "platforms": ["x"]},
    "paths": [{"id": ${JSON.stringify(where === 2 ? name : 'sav')}, "category": "sav", "label": "SAV", "secondPairOfEyes": false}],
    "phrasings": [{"id": ${JSON.stringify(name)}, "lang": "en", "text": "Hello {${name}}, see you {__proto__} {constructor}"}],
    "packs": {"builtin": [], "disable": [${JSON.stringify(name)}], "override": {${JSON.stringify(name)}: {"severity": "error"}}},
    "lexicons": ${lexicons},
    "rules": [${rules.join(',')}]}`;
}

describe("names taken from Object.prototype", () => {
  it('are accepted and work, or refused with a message naming the field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROTOTYPE_NAMES), fc.constantFrom(...lexiconSafe), fc.integer({ min: 0, max: 3 }), (name, lexiconName, where) => {
        const result = compileCharterText(charterText(name, lexiconName, where), []);
        if (!result.ok) {
          for (const error of result.errors) {
            expect(error.path).not.toBe('');
            expect(error.message).not.toMatch(/is not a function|Cannot read|undefined/);
          }
          return;
        }
        const out = check({ incoming: '', draft: 'un bidule ici', platform: 'x', isPublic: true }, result.compiled);
        expect(out.findings.map((f) => f.ruleId)).toContain(where === 0 ? name : 'r.lexicon');
        const phrasing = result.compiled.phrasings[0];
        expect(fillPhrasing(phrasing.text, {}).missing).toEqual(expect.arrayContaining([name, '__proto__', 'constructor']));
        const values = initialVariableValues(phrasing.text, {});
        expect(values[name]).toBe('');
        expect(fillPhrasing(phrasing.text, JSON.parse(`{${JSON.stringify(name)}: "Ana"}`)).text).toContain('Hello Ana');
        expect(pageValueFor(name, {})).toBeUndefined();
      }),
      { numRuns: 120 },
    );
  }, 120_000);

  it('a term naming a prototype member as a lexicon the charter does not have is refused, naming the term', () => {
    for (const name of PROTOTYPE_NAMES.filter((n) => /^[A-Za-z0-9_]+$/.test(n))) {
      const text = charterText('r', 'lex', 3).replace('"terms": ["@lex"]', `"terms": ["@${name}", "x @${name} y"]`);
      const result = compileCharterText(text, []);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.map((e) => `${e.path}: ${e.message}`)).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^rules\\[0\\]\\.terms\\[0\\]: unknown lexicon '@${name}'`))]));
    }
  });

  it('a model named after a prototype member is refused, naming the field', () => {
    const result = compileCharterText(charterText('r', 'lex', 1).replace('"model": "r"', '"model": "toString"'), []);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].path).toMatch(/\.model$/);
  });
});
