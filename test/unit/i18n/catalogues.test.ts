// The English and French catalogues stay in step: the same keys, the same placeholders, no empty message.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (locale: string) => JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Catalogue;
const placeholdersIn = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((match) => match[1].toLowerCase()).sort();

describe('public/_locales', () => {
  const en = read('en');
  const fr = read('fr');

  it('has the same keys in English and French', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('uses the same placeholders in both languages, each one declared', () => {
    for (const [key, entry] of Object.entries(en)) {
      const used = placeholdersIn(entry.message);
      expect(placeholdersIn(fr[key]?.message ?? ''), key).toEqual(used);
      for (const catalogue of [en, fr]) {
        expect(Object.keys(catalogue[key]?.placeholders ?? {}).map((name) => name.toLowerCase()).sort(), key).toEqual([...new Set(used)]);
      }
    }
  });

  it('has no empty message and only names Chrome accepts', () => {
    for (const catalogue of [en, fr]) {
      for (const [key, entry] of Object.entries(catalogue)) {
        expect(key).toMatch(/^[A-Za-z0-9_]+$/);
        expect(entry.message.trim(), key).not.toBe('');
      }
    }
  });
});
