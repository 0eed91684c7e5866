// Real plurals from the catalogues: Intl.PluralRules picks `_one` or `_other` in the UI language (French: 0 and 1 are singular).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { tn } from '../../../lib/shared/i18n';
import { useCatalogue } from '../use-catalogue';

afterEach(() => vi.restoreAllMocks());

describe('tn', () => {
  it('writes English plurals', () => {
    useCatalogue('en');
    expect(tn('finding_count_error', 1)).toBe('1 error');
    expect(tn('finding_count_error', 0)).toBe('0 errors');
    expect(tn('finding_count_warning', 2)).toBe('2 warnings');
    expect(tn('options_import_refused', 1, ['acme.json'])).toBe('acme.json was refused: 1 problem.');
    expect(tn('options_rule_count', 1234)).toBe('1,234 rules');
  });

  it('writes French plurals, 0 and 1 in the singular', () => {
    useCatalogue('fr');
    expect(tn('finding_count_error', 0)).toBe('0 erreur');
    expect(tn('finding_count_error', 1)).toBe('1 erreur');
    expect(tn('finding_count_warning', 3)).toBe('3 avertissements');
    expect(tn('lead_override_done', 2)).toBe('Validé par le responsable : 2 alertes levées.');
    expect(tn('options_import_refused', 4, ['acme.json'])).toBe('acme.json a été refusé : 4 problèmes.');
  });
});

describe('the catalogues', () => {
  it('write no "(s)" plural and, in French, only typographic apostrophes', () => {
    for (const lang of ['en', 'fr']) {
      const catalogue = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
      for (const [key, { message }] of Object.entries(catalogue)) {
        expect(message, key).not.toMatch(/\w\((s|e|es)\)/);
        if (lang === 'fr') expect(message, key).not.toContain("'");
      }
    }
  });
});
