import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatCharterError } from '../../../lib/core/charter/charter-error';
import { compileCharter, compileCharterText } from '../../../lib/core/charter/compile';

const valid = JSON.parse(readFileSync('charters/brandtruc.json', 'utf8'));
const clone = () => JSON.parse(JSON.stringify(valid));

function errorsOf(charter: unknown): string[] {
  const r = compileCharter(charter);
  if (r.ok) throw new Error('expected the charter to be invalid');
  return r.errors.map(formatCharterError);
}

describe('charter validation messages', () => {
  it('names the JSON path and the expected values, in plain words', () => {
    const c = clone();
    c.rules[3].severity = 'high';
    expect(errorsOf(c)).toEqual(["rules[3].severity: expected one of info, warning, error, got 'high'"]);
  });

  it('says which field is missing', () => {
    const c = clone();
    delete c.brand.name;
    expect(errorsOf(c)).toEqual(['brand.name: is missing: expected a text']);
  });

  it('names unknown fields and bad rule kinds', () => {
    const c = clone();
    c.rules[0].colour = 'red';
    c.rules[1].kind = 'magic';
    const errors = errorsOf(c);
    expect(errors).toContain('rules[0]: unknown field "colour"');
    expect(errors).toContain("rules[1].kind: expected kind to be one of existence, substitution, pattern, occurrence, detector, required, classifier, got 'magic'");
  });

  it('checks references between paths, rules and phrasings', () => {
    const c = clone();
    c.phrasings[0].path = 'savv';
    expect(errorsOf(c)[0]).toMatch(/^phrasings\[0\]\.path: expected the id of a path \(sav, legal, .*\), got 'savv'$/);
  });

  it('reports a term syntax error at its place', () => {
    const c = clone();
    c.rules[4].terms[0] = '(unbalanced';
    expect(errorsOf(c)).toEqual([`rules[4].terms[0]: missing ')' at character 12 of "(unbalanced"`]);
  });

  it('refuses a pattern that cannot run in linear time, naming the rule', () => {
    const c = clone();
    c.rules.push({ id: 'evil', kind: 'pattern', category: 'style', severity: 'info', message: 'x', pattern: '(a+)\\1$' });
    expect(errorsOf(c)[0]).toMatch(/^rules\[\d+\]\.pattern: rule 'evil': the pattern uses a back-reference/);
  });

  it('gives the line and column of a JSON syntax error', () => {
    const r = compileCharterText('{\n  "schemaVersion": 1,\n  "id": "x",,\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatCharterError(r.errors[0])).toMatch(/^not valid JSON: .*\(line 3, column \d+\)$/);
  });

  it('refuses a document that is not an object', () => {
    expect(errorsOf([])).toEqual(['expected a charter object, got a list']);
  });

  it('refuses another schema version', () => {
    const c = clone();
    c.schemaVersion = 2;
    expect(errorsOf(c)).toEqual(['schemaVersion: expected schemaVersion 1, got the number 2']);
  });
});
