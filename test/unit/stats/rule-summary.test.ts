// What the statistics view computes: per-rule rates and signals, sorting, escalations per path and day, phrasing totals.
import { describe, expect, it } from 'vitest';
import { escalationsByDay, highestDailyCount } from '../../../lib/extension-pages/statistics/escalations-by-day';
import { attachableExcerpt, buildFalsePositiveEvent } from '../../../lib/shared/stats/false-positive-report';
import { summarizePhrasings } from '../../../lib/extension-pages/statistics/phrasing-summary';
import { summarizeRules } from '../../../lib/extension-pages/statistics/rule-summary';
import { nextRuleSort, sortRuleSummaries } from '../../../lib/extension-pages/statistics/sort-rule-summaries';
import { MAX_ATTACHED_TEXT } from '../../../lib/shared/stats/stats-event';
import type { RuleCountRow } from '../../../lib/shared/stats/stats-records';

const row = (ruleId: string, day: string, counts: Partial<Omit<RuleCountRow, 'overridden'>> & { overridden?: Partial<RuleCountRow['overridden']> }): RuleCountRow => ({
  day,
  platform: 'x',
  ruleId,
  category: 'style',
  shown: 0,
  fixed: 0,
  falsePositiveReports: 0,
  quieted: 0,
  restored: 0,
  ...counts,
  overridden: { false_positive: 0, context_ok: 0, approved_by_lead: 0, ...counts.overridden },
});

describe('summarizeRules', () => {
  it('adds up days and platforms per rule and derives fix and override rates with their reasons', () => {
    const [summary] = summarizeRules([
      row('tone.hype', '2026-05-01', { shown: 6, fixed: 1, overridden: { false_positive: 3 } }),
      row('tone.hype', '2026-05-02', { shown: 4, fixed: 1, overridden: { context_ok: 2 }, falsePositiveReports: 1, category: 'overmarketing' }),
    ]);
    expect(summary).toEqual({
      ruleId: 'tone.hype',
      category: 'overmarketing',
      shown: 10,
      fixed: 2,
      overridden: 5,
      overriddenBy: { false_positive: 3, context_ok: 2, approved_by_lead: 0 },
      falsePositiveReports: 1,
      quieted: 0,
      restored: 0,
      fixRate: 0.2,
      overrideRate: 0.5,
      signal: 'often_overridden',
    });
  });

  it('flags a rule mostly sent as is, and says nothing below five findings or for a rule never shown', () => {
    const summaries = summarizeRules([
      row('ignored', '2026-05-01', { shown: 10, fixed: 1, overridden: { context_ok: 1 } }),
      row('healthy', '2026-05-01', { shown: 10, fixed: 8 }),
      row('rare', '2026-05-01', { shown: 4, overridden: { false_positive: 4 } }),
      row('silent', '2026-05-01', { falsePositiveReports: 1 }),
    ]);
    expect(Object.fromEntries(summaries.map((summary) => [summary.ruleId, summary.signal]))).toEqual({
      ignored: 'often_ignored',
      healthy: null,
      rare: null,
      silent: null,
    });
    expect(summaries.find((summary) => summary.ruleId === 'silent')?.fixRate).toBeNull();
  });
});

describe('sortRuleSummaries', () => {
  const summaries = summarizeRules([
    row('b.rule', '2026-05-01', { shown: 10, fixed: 9 }),
    row('a.rule', '2026-05-01', { shown: 3, fixed: 0, overridden: { false_positive: 3 } }),
    row('c.rule', '2026-05-01', { falsePositiveReports: 2 }),
  ]);
  const order = (key: Parameters<typeof nextRuleSort>[1], direction: 'ascending' | 'descending') =>
    sortRuleSummaries(summaries, { key, direction }).map((summary) => summary.ruleId);

  it('sorts by any column either way, rules never shown below every rate', () => {
    expect(order('shown', 'descending')).toEqual(['b.rule', 'a.rule', 'c.rule']);
    expect(order('ruleId', 'ascending')).toEqual(['a.rule', 'b.rule', 'c.rule']);
    expect(order('overrideRate', 'descending')).toEqual(['a.rule', 'b.rule', 'c.rule']);
    expect(order('fixRate', 'descending')).toEqual(['b.rule', 'a.rule', 'c.rule']);
    expect(order('falsePositiveReports', 'descending')).toEqual(['c.rule', 'b.rule', 'a.rule']);
  });

  it('flips the sorted column and starts another with its most telling end', () => {
    expect(nextRuleSort({ key: 'shown', direction: 'descending' }, 'shown')).toEqual({ key: 'shown', direction: 'ascending' });
    expect(nextRuleSort({ key: 'shown', direction: 'descending' }, 'overrideRate')).toEqual({ key: 'overrideRate', direction: 'descending' });
    expect(nextRuleSort({ key: 'shown', direction: 'descending' }, 'ruleId')).toEqual({ key: 'ruleId', direction: 'ascending' });
  });
});

describe('escalationsByDay', () => {
  it('zero-fills every day of the window per path, busiest path first, and ignores days outside it', () => {
    const now = new Date(2026, 4, 4, 12).getTime();
    const record = (pathId: string, day: string) => ({ day, at: now, platform: 'x' as const, pathId, category: null, team: null });
    const paths = escalationsByDay([record('sav', '2026-05-04'), record('legal', '2026-05-02'), record('legal', '2026-05-02'), record('legal', '2026-04-01')], now, 3);
    expect(paths.map((path) => [path.pathId, path.total, path.perDay.map((entry) => `${entry.day}:${entry.count}`)])).toEqual([
      ['legal', 2, ['2026-05-02:2', '2026-05-03:0', '2026-05-04:0']],
      ['sav', 1, ['2026-05-02:0', '2026-05-03:0', '2026-05-04:1']],
    ]);
    expect(highestDailyCount(paths)).toBe(2);
    expect(highestDailyCount([])).toBe(0);
  });
});

describe('summarizePhrasings', () => {
  it('totals each phrasing over days and platforms, most used first', () => {
    expect(
      summarizePhrasings([
        { day: '2026-05-01', platform: 'x', phrasingId: 'FR 2.1', pathId: 'legal', inserted: 1 },
        { day: '2026-05-01', platform: 'x', phrasingId: 'FR 1.1', pathId: 'sav', inserted: 2 },
        { day: '2026-05-02', platform: 'facebook', phrasingId: 'FR 2.1', pathId: 'legal', inserted: 3 },
      ]),
    ).toEqual([
      { phrasingId: 'FR 2.1', pathId: 'legal', inserted: 4 },
      { phrasingId: 'FR 1.1', pathId: 'sav', inserted: 2 },
    ]);
  });
});

describe('false-positive reports', () => {
  it('attaches the text only when the CM ticked the box, cut to whole characters within the limit', () => {
    const input = { ruleId: 'tone.hype', reason: 'harmless_meaning' as const, platform: 'x' as const, at: 5 };
    expect(buildFalsePositiveEvent({ ...input, attach: false, attachableText: 'cette promo tue' })).toEqual({ kind: 'false-positive-reported', ...input });
    expect(buildFalsePositiveEvent({ ...input, attach: true, attachableText: '  cette promo tue ' })).toEqual({
      kind: 'false-positive-reported',
      ...input,
      attachedText: 'cette promo tue',
    });
    expect(buildFalsePositiveEvent({ ...input, attach: true, attachableText: '   ' })).not.toHaveProperty('attachedText');
    const long = attachableExcerpt(`${'a'.repeat(MAX_ATTACHED_TEXT - 1)}😀😀`);
    expect(long).toBe('a'.repeat(MAX_ATTACHED_TEXT - 1));
    expect(attachableExcerpt(null)).toBeNull();
  });
});
