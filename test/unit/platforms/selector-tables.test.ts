// @vitest-environment happy-dom
// The selector tables as data: every selector parses, and each one either names the fixture pages that prove it or says why none can.
import { describe, expect, it } from 'vitest';
import { SITE_ADAPTERS } from '../../../lib/page/platforms/index';
import { PROOF_PAGE_NAMES, anyOf, inBothLanguages, type ProofPage } from '../../../lib/page/platforms/proven-selector';

const KNOWN_PAGES = new Set<string>(inBothLanguages(...PROOF_PAGE_NAMES));
const SITE_PAGE_PREFIX = { facebook: 'facebook', x: 'x', linkedin: 'linkedin' } as const;

describe.each(SITE_ADAPTERS.map((adapter) => [adapter.id, adapter.selectors] as const))('%s selector table', (site, table) => {
  it.each(Object.entries(table))('%s parses as a CSS selector list', (_name, entry) => {
    expect(() => document.querySelectorAll(entry.selector)).not.toThrow();
  });

  it.each(Object.entries(table))('%s is proven on fixture pages of its own site, or says why it cannot be', (_name, entry) => {
    if (entry.mustMatchOn.length === 0) {
      expect(entry.unproven?.trim(), 'an unproven selector gives its reason').toBeTruthy();
      return;
    }
    expect(entry.unproven, 'a proven selector carries no excuse').toBeUndefined();
    for (const page of entry.mustMatchOn) {
      expect(KNOWN_PAGES.has(page), `${page} is a fixture page`).toBe(true);
      expect(page === SITE_PAGE_PREFIX[site] || page.startsWith(`${SITE_PAGE_PREFIX[site]}-`), `${page} belongs to ${site}`).toBe(true);
    }
    expect(new Set(entry.mustMatchOn).size, 'no page listed twice').toBe(entry.mustMatchOn.length);
  });

  it('is mostly proven: unproven alternates stay a minority', () => {
    const entries = Object.values(table);
    const unproven = entries.filter((entry) => entry.mustMatchOn.length === 0);
    expect(unproven.length).toBeLessThan(entries.length / 4);
  });
});

describe('anyOf', () => {
  it('joins entries into one selector list', () => {
    const first = { selector: 'a', mustMatchOn: ['facebook'] as ProofPage[] };
    const second = { selector: 'b, c', mustMatchOn: ['x'] as ProofPage[] };
    expect(anyOf(first, second)).toBe('a, b, c');
  });
});
