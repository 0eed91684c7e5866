// Searching phrasings without caring about accents or case, and marking where the terms are.
import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../../lib/core/phrasing/fold-text';
import { matchRanges, searchByTerms } from '../../../lib/core/phrasing/search-phrasings';

const ENTRIES = [
  { id: 'FR 1.1', text: 'Bonjour, nous sommes désolés pour ce désagrément.' },
  { id: 'FR 4.1', text: 'Par précaution, merci de ne plus utiliser ce produit. Notre équipe dédiée va vous contacter.' },
  { id: 'EN 3.1', text: "Please contact our press office at press@brandtruc.com, who'll get back to you." },
  { id: 'FR 5.1', text: 'On reste sur les canapés et les cœurs de cafetières.' },
];
const search = (query: string) => searchByTerms(ENTRIES, query, (entry) => [entry.id, entry.text]).map((entry) => entry.id);

describe('foldForSearch', () => {
  it('drops accents and case, spells out ligatures and straightens quotes', () => {
    expect(foldForSearch('  Équipe  DÉDIÉE ')).toBe('equipe dediee');
    expect(foldForSearch('Cœur')).toBe('coeur');
    expect(foldForSearch('who’ll')).toBe("who'll");
  });
});

describe('searchByTerms', () => {
  it('matches whatever the accents and case of the query or the text', () => {
    expect(search('desole')).toEqual(['FR 1.1']);
    expect(search('DÉSOLÉS')).toEqual(['FR 1.1']);
    expect(search('equipe dediee')).toEqual(['FR 4.1']);
    expect(search('coeur')).toEqual(['FR 5.1']);
    expect(search('who’ll')).toEqual(['EN 3.1']);
  });

  it('needs every term, in any order, and searches ids too', () => {
    expect(search('produit precaution')).toEqual(['FR 4.1']);
    expect(search('produit press')).toEqual([]);
    expect(search('fr 5.1')).toEqual(['FR 5.1']);
  });

  it('returns everything for an empty query', () => {
    expect(search('   ')).toEqual(['FR 1.1', 'FR 4.1', 'EN 3.1', 'FR 5.1']);
  });
});

describe('matchRanges', () => {
  it('gives ranges in the original text, accents included', () => {
    const text = 'Notre équipe dédiée';
    const ranges = matchRanges(text, 'EQUIPE dediee');
    expect(ranges.map((range) => text.slice(range.start, range.end))).toEqual(['équipe', 'dédiée']);
  });

  it('covers a whole ligature and a decomposed accent', () => {
    const text = 'les cœurs';
    expect(matchRanges(text, 'coe').map((range) => text.slice(range.start, range.end))).toEqual(['cœ']);
    const decomposed = 'de\u0301sole\u0301';
    const [range] = matchRanges(decomposed, 'desole');
    expect(decomposed.slice(range.start, range.end)).toBe(decomposed);
  });

  it('merges overlapping matches and finds repeats', () => {
    const text = 'press office, press';
    expect(matchRanges(text, 'press pre').map((range) => [range.start, range.end])).toEqual([
      [0, 5],
      [14, 19],
    ]);
  });

  it('stays aligned after an emoji', () => {
    const text = 'Merci 😊 équipe';
    const [range] = matchRanges(text, 'equipe');
    expect(text.slice(range.start, range.end)).toBe('équipe');
  });
});
