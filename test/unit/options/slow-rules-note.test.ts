// @vitest-environment happy-dom
// The options page's charter status names the rules CMs' pages found too slow, with real plurals in English and French,
// and offers to clear the list (greyed out, with the reason, while the settings are locked).
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SlowRulesNote } from '../../../lib/extension-pages/options/SlowRulesNote';
import type { DistributionModel } from '../../../lib/extension-pages/options/use-distribution-model';
import type { SlowRulesReport } from '../../../lib/shared/storage/slow-rules';
import { useCatalogue } from '../use-catalogue';

const entry = (ruleId: string) => ({ ruleId, count: 1, lastAt: '2026-12-01T10:00:00.000Z' });
const report = (...ids: string[]): SlowRulesReport => ({ charterId: 'brandtruc', version: '1', rules: ids.map(entry) });

function distribution(lock: DistributionModel['locks']['slow-rules'] = null): DistributionModel {
  return { locks: { 'slow-rules': lock }, busy: null, result: null, clearSlowRules: vi.fn() } as unknown as DistributionModel;
}

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '<main></main>';
  root = document.querySelector('main')!;
});

const note = () => root.querySelector('[data-testid="slow-rules"]');

describe('SlowRulesNote', () => {
  it('says how many rules were skipped and which, in English and French', async () => {
    useCatalogue('en');
    await act(() => render(h(SlowRulesNote, { report: report('brandtruc.slow'), distribution: distribution() }), root));
    expect(note()?.textContent).toContain("1 rule was too slow and was skipped on CMs' pages: brandtruc.slow");
    await act(() => render(h(SlowRulesNote, { report: report('a.one', 'b.two'), distribution: distribution() }), root));
    expect(note()?.textContent).toContain("2 rules were too slow and were skipped on CMs' pages: a.one, b.two");

    useCatalogue('fr');
    await act(() => render(h(SlowRulesNote, { report: report('brandtruc.slow'), distribution: distribution() }), root));
    expect(note()?.textContent).toContain('1 règle était trop lente et a été ignorée sur les pages des CM : brandtruc.slow');
    await act(() => render(h(SlowRulesNote, { report: report('a.one', 'b.two'), distribution: distribution() }), root));
    expect(note()?.textContent).toContain('2 règles étaient trop lentes et ont été ignorées sur les pages des CM : a.one, b.two');
  });

  it('clears the list on request, and only when the settings are not locked', async () => {
    useCatalogue('en');
    const open = distribution();
    await act(() => render(h(SlowRulesNote, { report: report('a.one'), distribution: open }), root));
    (root.querySelector('[data-testid="slow-rules-clear"]') as HTMLButtonElement).click();
    expect(open.clearSlowRules).toHaveBeenCalledOnce();

    await act(() => render(h(SlowRulesNote, { report: report('a.one'), distribution: distribution('pin-required') }), root));
    expect((root.querySelector('[data-testid="slow-rules-clear"]') as HTMLButtonElement).disabled).toBe(true);
    expect(root.querySelector('[data-testid="slow-rules-locked"]')?.getAttribute('data-lock')).toBe('pin-required');
  });

  it('shows nothing when no rule was reported', async () => {
    useCatalogue('en');
    await act(() => render(h(SlowRulesNote, { report: null, distribution: distribution() }), root));
    expect(note()).toBeNull();
  });
});
