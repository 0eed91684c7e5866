// Charter texts in the UI language with a fallback to the other one, and dates for people.
import { describe, expect, it } from 'vitest';
import { formatDateForPeople } from '../../../lib/extension-pages/common/format-date';
import { otherLang, pickLocalized } from '../../../lib/core/localized-text';

describe('pickLocalized', () => {
  it('takes the UI language when the charter has it', () => {
    expect(pickLocalized({ fr: 'Service client', en: 'Customer service' }, 'en')).toEqual({ text: 'Customer service', lang: 'en' });
  });

  it('falls back to the other language and says which', () => {
    expect(pickLocalized({ fr: 'Cellule de crise' }, 'en')).toEqual({ text: 'Cellule de crise', lang: 'fr' });
    expect(pickLocalized({ fr: '  ', en: 'Legal' }, 'fr')).toEqual({ text: 'Legal', lang: 'en' });
  });

  it('gives null when there is nothing to show', () => {
    expect(pickLocalized(undefined, 'fr')).toBeNull();
    expect(pickLocalized({}, 'fr')).toBeNull();
  });

  it('knows the other language', () => {
    expect(otherLang('fr')).toBe('en');
    expect(otherLang('en')).toBe('fr');
  });
});

describe('formatDateForPeople', () => {
  it('shows a bare day as that day in either language', () => {
    expect(formatDateForPeople('2026-03-01', 'fr')).toBe('1 mars 2026');
    expect(formatDateForPeople('2026-03-01', 'en')).toBe('1 March 2026');
  });

  it('keeps a value it cannot read, and nothing for nothing', () => {
    expect(formatDateForPeople('soon', 'en')).toBe('soon');
    expect(formatDateForPeople(undefined, 'en')).toBe('');
  });

  it('shows a time for a full timestamp', () => {
    expect(formatDateForPeople('2026-03-01T10:15:00Z', 'en')).toMatch(/2026/);
    expect(formatDateForPeople('2026-03-01T10:15:00Z', 'en')).toMatch(/\d{2}:\d{2}/);
  });
});
