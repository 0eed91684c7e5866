// @vitest-environment happy-dom
// The statistics view as the options page mounts it: rows per rule, sorting, the period, escalation charts, export and clearing;
// and the false-positive dialog, which reads and shows the flagged text only once the CM ticks "attach".
import 'fake-indexeddb/auto';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { FalsePositiveDialog } from '../../../lib/extension-pages/common/false-positive/FalsePositiveDialog';
import { StatisticsPanel } from '../../../lib/extension-pages/statistics/StatisticsPanel';
import type { StatsEvent } from '../../../lib/shared/stats/stats-event';
import type { AdmittedEvent } from '../../../lib/shared/stats/stats-records';
import { openStatsStore, type StatsStore } from '../../../lib/shared/stats-db/stats-store';
import { click, until } from '../dom-steps';
import { useCatalogue } from '../use-catalogue';

const now = new Date(2026, 4, 30, 12).getTime();
const at = (day: number) => new Date(2026, 4, day, 10).getTime();
let root: HTMLElement;
let store: StatsStore;

const ruleOrder = () => [...root.querySelectorAll('[data-testid="rule-stats"] tbody tr')].map((row) => row.getAttribute('data-rule'));

beforeEach(() => {
  fakeBrowser.reset();
  useCatalogue('en');
  root = document.createElement('div');
  document.body.append(root);
  store = openStatsStore({ name: `panel-${Math.random()}`, now: () => now });
});
afterEach(() => {
  render(null, root);
  root.remove();
  store.close();
  vi.restoreAllMocks();
});

const finding = (kind: 'finding-shown' | 'finding-fixed', ruleId: string, day: number): AdmittedEvent => ({ kind, ruleId, category: 'overmarketing', platform: 'x', at: at(day) });

describe('StatisticsPanel', () => {
  it('shows each rule with its rates, sorts on a header click, follows the period, and charts escalations per path', async () => {
    await store.recordEvents([
      ...Array.from({ length: 6 }, () => finding('finding-shown', 'tone.hype', 29)),
      { kind: 'finding-overridden', ruleId: 'tone.hype', category: 'overmarketing', reason: 'false_positive', platform: 'x', at: at(29) },
      { kind: 'finding-overridden', ruleId: 'tone.hype', category: 'overmarketing', reason: 'false_positive', platform: 'x', at: at(29) },
      { kind: 'finding-overridden', ruleId: 'tone.hype', category: 'overmarketing', reason: 'context_ok', platform: 'x', at: at(29) },
      finding('finding-shown', 'perimeter.refund', 28),
      finding('finding-fixed', 'perimeter.refund', 28),
      finding('finding-shown', 'old.rule', 10),
      { kind: 'escalation-recorded', pathId: 'legal', category: 'legal', team: 'Legal team', platform: 'x', at: at(29) },
      { kind: 'escalation-recorded', pathId: 'legal', category: 'legal', team: 'Legal team', platform: 'x', at: at(30) },
      ...Array.from({ length: 3 }, (_, index): AdmittedEvent => ({ kind: 'rule-quieted', ruleId: 'tone.emoji', category: 'overmarketing', platform: 'x', at: at(27) + index })),
    ]);
    await act(() => render(h(StatisticsPanel, { charter: null, lang: 'en', reader: store, now: () => now }), root));
    await until(() => root.querySelector('[data-testid="statistics"]')?.getAttribute('data-state') === 'ready');

    expect(ruleOrder()).toEqual(['tone.hype', 'old.rule', 'perimeter.refund', 'tone.emoji']);
    // Quieted by CMs three times and never restored: counted by id, and flagged for the manager.
    const emoji = root.querySelector('tr[data-rule="tone.emoji"]')!;
    expect(emoji.querySelector('[data-column="quieted"]')?.textContent).toBe('3 / 0');
    expect(emoji.getAttribute('data-signal')).toBe('often_quieted');
    expect(emoji.textContent).toContain('Often quieted');
    const hype = root.querySelector('tr[data-rule="tone.hype"]')!;
    expect(hype.getAttribute('data-signal')).toBe('often_overridden');
    expect(hype.querySelector('[data-column="overridden"]')?.textContent).toContain('50%');
    expect(hype.querySelector('[data-reason="false_positive"]')?.textContent).toBe('False alarm: 2');
    expect(root.querySelector('tr[data-rule="perimeter.refund"] [data-column="fixed"]')?.textContent).toContain('100%');

    await click(root.querySelector('[data-sort="ruleId"]'));
    expect(ruleOrder()).toEqual(['old.rule', 'perimeter.refund', 'tone.emoji', 'tone.hype']);
    expect(root.querySelector('[data-sort="ruleId"]')?.closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    await click(root.querySelector('[data-sort="ruleId"]'));
    expect(ruleOrder()).toEqual(['tone.hype', 'tone.emoji', 'perimeter.refund', 'old.rule']);

    await click(root.querySelector('[data-days="7"]'));
    await until(() => !ruleOrder().includes('old.rule'));
    expect(ruleOrder().sort()).toEqual(['perimeter.refund', 'tone.emoji', 'tone.hype']);

    const chart = root.querySelector('[data-testid="escalation-chart"][data-path="legal"]')!;
    expect(chart.querySelectorAll('rect[data-day]')).toHaveLength(7);
    expect([...chart.querySelectorAll('rect[data-day]')].map((bar) => bar.getAttribute('data-count'))).toEqual(['0', '0', '0', '0', '0', '1', '1']);
    expect(chart.querySelector('svg')?.getAttribute('aria-label')).toContain('2 escalations');
  });

  it('downloads a CSV with the chosen separator, and clears everything only after confirmation', async () => {
    await store.recordEvents([finding('finding-shown', 'tone.hype', 30)]);
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:test'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await act(() => render(h(StatisticsPanel, { charter: null, lang: 'en', reader: store, now: () => now }), root));
    await until(() => ruleOrder().length === 1);

    const separator = root.querySelector<HTMLSelectElement>('[data-testid="csv-separator"]')!;
    expect(separator.value).toBe(',');
    await act(() => {
      separator.value = ';';
      separator.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await click(root.querySelector('[data-export="rules"]'));
    await until(() => blobs.length === 1);
    const bytes = new Uint8Array(await blobs[0].arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(csv.split('\r\n')[0]).toBe('\uFEFFday;platform;rule_id;category;shown;fixed;overridden;overridden_false_positive;overridden_context_ok;overridden_approved_by_lead;false_positive_reports;quieted;restored');
    expect(csv.split('\r\n')[1]).toBe('2026-05-30;x;tone.hype;overmarketing;1;0;0;0;0;0;0;0;0');

    await click(root.querySelector('[data-testid="clear-statistics"]'));
    expect(root.querySelector('[data-testid="clear-confirm"]')?.textContent).toContain('cannot be undone');
    expect((await store.aggregates()).rules).toHaveLength(1);
    await click(root.querySelector('[data-testid="clear-confirm-button"]'));
    await until(() => root.querySelector('[data-testid="stats-empty"]') !== null);
    expect(await store.exportRows()).toEqual({ rules: [], phrasings: [], escalations: [], falsePositiveReports: [] });
    expect(root.textContent).toContain('All statistics were deleted.');
  });
});

describe('FalsePositiveDialog', () => {
  const flagged = 'Cette promo tue, franchement.';

  it('saves the rule and reason only, unless the CM ticks "attach" and sees the exact text', async () => {
    const readFlaggedText = vi.fn(async () => `  ${flagged}  `);
    const submitted: StatsEvent[] = [];
    const submit = async (event: StatsEvent) => (submitted.push(event), true);
    const props = { ruleId: 'fr.insult.vulgar', ruleLabel: 'Vulgar word', platform: 'facebook' as const, readFlaggedText, submit, onClose: () => undefined };

    await act(() => render(h(FalsePositiveDialog, props), root));
    const send = () => root.querySelector<HTMLButtonElement>('[data-testid="fp-send"]')!;
    expect(send().disabled).toBe(true);
    await click(root.querySelector('input[value="harmless_meaning"]'));
    expect(send().disabled).toBe(false);
    expect(readFlaggedText).not.toHaveBeenCalled();
    await click(send());
    await until(() => submitted.length === 1);
    expect(submitted[0]).toEqual({ kind: 'false-positive-reported', ruleId: 'fr.insult.vulgar', reason: 'harmless_meaning', platform: 'facebook', at: expect.any(Number) });
    expect(readFlaggedText).not.toHaveBeenCalled();

    render(null, root);
    await act(() => render(h(FalsePositiveDialog, props), root));
    await click(root.querySelector('input[value="harmless_meaning"]'));
    await click(root.querySelector('[data-testid="fp-attach"]'));
    await until(() => root.querySelector('[data-testid="fp-attached-text"]') !== null);
    expect(readFlaggedText).toHaveBeenCalledTimes(1);
    expect(root.querySelector('[data-testid="fp-attached-text"]')?.textContent).toBe(flagged);
    await click(send());
    await until(() => submitted.length === 2);
    expect(submitted[1]).toMatchObject({ attachedText: flagged });
    await until(() => root.textContent?.includes('Report saved.') === true);
  });

  it('sends no text when the box is unticked again after reading it', async () => {
    const submitted: StatsEvent[] = [];
    await act(() =>
      render(
        h(FalsePositiveDialog, {
          ruleId: 'fr.insult.vulgar',
          ruleLabel: 'Vulgar word',
          platform: 'x',
          readFlaggedText: async () => flagged,
          submit: async (event: StatsEvent) => (submitted.push(event), true),
          onClose: () => undefined,
        }),
        root,
      ),
    );
    await click(root.querySelector('input[value="other"]'));
    await click(root.querySelector('[data-testid="fp-attach"]'));
    await until(() => root.querySelector('[data-testid="fp-attached-text"]') !== null);
    await click(root.querySelector('[data-testid="fp-attach"]'));
    expect(root.querySelector('[data-testid="fp-attached-text"]')).toBeNull();
    await click(root.querySelector('[data-testid="fp-send"]'));
    await until(() => submitted.length === 1);
    expect(submitted[0]).not.toHaveProperty('attachedText');
  });
});
