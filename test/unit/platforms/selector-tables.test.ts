// @vitest-environment happy-dom
// The selector tables as data: every selector parses, and each one either names the fixture pages that prove it or says why none can.
import { describe, expect, it } from 'vitest';
import { FACEBOOK_SELECTOR_PROOFS } from '../../../lib/page/platforms/facebook-selectors';
import { SITE_ADAPTERS } from '../../../lib/page/platforms/index';
import { LINKEDIN_SELECTOR_PROOFS } from '../../../lib/page/platforms/linkedin-selectors';
import { PROOF_PAGE_NAMES, anyOf, inBothLanguages, type SelectorProof } from '../../../lib/page/platforms/proven-selector';
import { X_SELECTOR_PROOFS } from '../../../lib/page/platforms/x-selectors';

const KNOWN_PAGES = new Set<string>(inBothLanguages(...PROOF_PAGE_NAMES));
const SITE_PAGE_PREFIX = { facebook: 'facebook', x: 'x', linkedin: 'linkedin' } as const;
const PROOFS: Record<string, Record<string, SelectorProof>> = { facebook: FACEBOOK_SELECTOR_PROOFS, x: X_SELECTOR_PROOFS, linkedin: LINKEDIN_SELECTOR_PROOFS };

describe.each(SITE_ADAPTERS.map((adapter) => [adapter.id, adapter.selectors, PROOFS[adapter.id]] as const))('%s selector table', (site, table, proofs) => {
  it.each(Object.entries(table))('%s parses as a CSS selector list', (_name, selector) => {
    expect(() => document.querySelectorAll(selector)).not.toThrow();
  });

  it('has one proof for each selector, and no other', () => {
    expect(Object.keys(proofs).sort()).toEqual(Object.keys(table).sort());
  });

  it.each(Object.entries(proofs))('%s is proven on fixture pages of its own site, or says why it cannot be', (_name, entry) => {
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
    const entries = Object.values(proofs);
    const unproven = entries.filter((entry) => entry.mustMatchOn.length === 0);
    expect(unproven.length).toBeLessThan(entries.length / 4);
  });
});

describe('anyOf', () => {
  it('joins selector lists into one', () => {
    expect(anyOf('a', 'b, c')).toBe('a, b, c');
  });
});
