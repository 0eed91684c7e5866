// Filling an approved phrasing's {variables}: values the page gives, values the CM types, and the ones still missing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCharterText } from '../../../lib/core/charter/compile';
import {
  fillPhrasing,
  initialVariableValues,
  pageValueFor,
  phrasingVariables,
  splitPhrasing,
  variableKey,
} from '../../../lib/core/phrasing/phrasing-variables';

describe('splitPhrasing', () => {
  it('cuts text and variables apart, keeping the text around them byte for byte', () => {
    expect(splitPhrasing('Bonjour {prénom}, votre dossier {référence ticket} :')).toEqual([
      { kind: 'text', text: 'Bonjour ' },
      { kind: 'variable', name: 'prénom' },
      { kind: 'text', text: ', votre dossier ' },
      { kind: 'variable', name: 'référence ticket' },
      { kind: 'text', text: ' :' },
    ]);
  });

  it('leaves braces that are not a variable as text', () => {
    expect(splitPhrasing('a { b} {} c')).toEqual([{ kind: 'text', text: 'a { b} {} c' }]);
  });

  it('finds the same variables as the charter compiler for every Brandtruc phrasing', () => {
    const result = compileCharterText(readFileSync('charters/brandtruc.json', 'utf8'));
    if (!result.ok) throw new Error('the demo charter must compile');
    const withVariables = result.compiled.phrasings.filter((phrasing) => phrasing.variables.length > 0);
    expect(withVariables.length).toBeGreaterThan(2);
    for (const phrasing of result.compiled.phrasings) expect(phrasingVariables(phrasing.text)).toEqual(phrasing.variables);
  });
});

describe('variableKey and pageValueFor', () => {
  it('ignores case, accents and separators, so {Prénom} finds the page value for prénom', () => {
    expect(variableKey('Prénom')).toBe('prenom');
    expect(variableKey('first-name')).toBe(variableKey('first_name'));
    expect(variableKey('référence ticket')).toBe('reference_ticket');
    expect(pageValueFor('Prénom', { prénom: 'Élodie' })).toBe('Élodie');
    expect(pageValueFor('prenom', { prénom: 'Élodie' })).toBe('Élodie');
    expect(pageValueFor('first-name', { first_name: 'Alice' })).toBe('Alice');
  });

  it('treats a blank page value as unknown', () => {
    expect(pageValueFor('prénom', { prénom: '   ' })).toBeUndefined();
    expect(pageValueFor('country', { prénom: 'Alice' })).toBeUndefined();
  });
});

describe('fillPhrasing', () => {
  it('fills known values, accents in names and values included', () => {
    const values = initialVariableValues('Bonjour {prénom}, merci !', { prénom: 'Zoé', first_name: 'Zoé' });
    expect(values).toEqual({ prénom: 'Zoé' });
    expect(fillPhrasing('Bonjour {prénom}, merci !', values)).toEqual({ text: 'Bonjour Zoé, merci !', missing: [] });
  });

  it('leaves a missing value as its {placeholder} and lists it once, in order', () => {
    const text = 'Bonjour {prénom}, dossier {référence ticket}. Merci {prénom}.';
    const values = initialVariableValues(text, { first_name: 'Alice' });
    expect(values).toEqual({ prénom: '', 'référence ticket': '' });
    expect(fillPhrasing(text, values)).toEqual({ text, missing: ['prénom', 'référence ticket'] });
    expect(fillPhrasing(text, { ...values, prénom: 'Alice' })).toEqual({
      text: 'Bonjour Alice, dossier {référence ticket}. Merci Alice.',
      missing: ['référence ticket'],
    });
  });

  it('keeps the phrasing line breaks but folds line breaks inside a value', () => {
    expect(fillPhrasing('Hi {first_name},\nthanks.', { first_name: ' Ann\nMarie ' }).text).toBe('Hi Ann Marie,\nthanks.');
  });

  it('returns a phrasing without variables unchanged', () => {
    expect(fillPhrasing('Merci pour ce retour 😊', {})).toEqual({ text: 'Merci pour ce retour 😊', missing: [] });
  });
});
