// Which approved phrasings come first: the paths the message calls for, then general replies, the reply's language first.
import { describe, expect, it } from 'vitest';
import type { CompiledPhrasing } from '../../../lib/core/charter/compiled';
import { defaultPhrasingLang, groupPhrasingsForReply, orderPhrasings } from '../../../lib/core/phrasing/order-phrasings';

const phrasing = (id: string, lang: 'fr' | 'en', path?: string): CompiledPhrasing => ({
  id,
  lang,
  text: id,
  variables: [],
  ...(path ? { path } : {}),
});

const CATALOGUE: CompiledPhrasing[] = [
  phrasing('FR legal', 'fr', 'legal'),
  phrasing('EN sav', 'en', 'sav'),
  phrasing('FR general', 'fr'),
  phrasing('FR sav 1', 'fr', 'sav'),
  phrasing('EN general', 'en'),
  phrasing('FR sav 2', 'fr', 'sav'),
  phrasing('FR press', 'fr', 'press'),
];

const ids = (list: readonly CompiledPhrasing[]) => list.map((entry) => entry.id);

describe('orderPhrasings', () => {
  it('puts the matching path first, the reply language first within it, then general, then other paths', () => {
    expect(ids(orderPhrasings(CATALOGUE, { pathIds: ['sav'], lang: 'fr' }))).toEqual([
      'FR sav 1',
      'FR sav 2',
      'EN sav',
      'FR general',
      'EN general',
      'FR legal',
      'FR press',
    ]);
  });

  it('follows the order of several matching paths and an English reply', () => {
    expect(ids(orderPhrasings(CATALOGUE, { pathIds: ['legal', 'sav'], lang: 'en' })).slice(0, 4)).toEqual([
      'FR legal',
      'EN sav',
      'FR sav 1',
      'FR sav 2',
    ]);
  });

  it('keeps the charter order when nothing distinguishes two phrasings', () => {
    expect(ids(orderPhrasings(CATALOGUE, { pathIds: [], lang: 'fr' }))).toEqual([
      'FR general',
      'EN general',
      'FR legal',
      'FR sav 1',
      'FR sav 2',
      'FR press',
      'EN sav',
    ]);
  });
});

describe('groupPhrasingsForReply', () => {
  it('shows only the shown language, matching paths then general, and hides other paths unless asked', () => {
    const groups = groupPhrasingsForReply(CATALOGUE, { pathIds: ['sav'], lang: 'fr', shownLang: 'fr', includeOtherPaths: false });
    expect(groups.map((group) => [group.pathId, group.relevance, ids(group.phrasings)])).toEqual([
      ['sav', 'path', ['FR sav 1', 'FR sav 2']],
      [null, 'general', ['FR general']],
    ]);
    const all = groupPhrasingsForReply(CATALOGUE, { pathIds: ['sav'], lang: 'fr', shownLang: 'fr', includeOtherPaths: true });
    expect(all.map((group) => group.pathId)).toEqual(['sav', null, 'legal', 'press']);
  });

  it('switches language with the toggle', () => {
    const groups = groupPhrasingsForReply(CATALOGUE, { pathIds: ['sav'], lang: 'fr', shownLang: 'en', includeOtherPaths: false });
    expect(groups.map((group) => ids(group.phrasings))).toEqual([['EN sav'], ['EN general']]);
  });
});

describe('defaultPhrasingLang', () => {
  it('opens in the reply language when the matching path has phrasings in it', () => {
    expect(defaultPhrasingLang(CATALOGUE, { pathIds: ['sav'], lang: 'en' }, ['fr', 'en'])).toBe('en');
  });

  it('opens in the other language when the matching path has none in the reply language', () => {
    expect(defaultPhrasingLang(CATALOGUE, { pathIds: ['legal'], lang: 'en' }, ['fr', 'en'])).toBe('fr');
  });

  it('looks at the general replies when no path matches', () => {
    expect(defaultPhrasingLang([phrasing('EN general', 'en')], { pathIds: [], lang: 'fr' }, ['fr', 'en'])).toBe('en');
  });
});
