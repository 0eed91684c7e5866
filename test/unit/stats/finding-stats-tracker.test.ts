// From a box's successive checks to shown / fixed / overridden events, per rule id, ignoring flickers and sent or emptied boxes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFindingStatsTracker } from '../../../lib/page/boxes/finding-stats-tracker';
import type { StatsEvent } from '../../../lib/shared/stats/stats-event';

const findings = (...ruleIds: string[]) => ruleIds.map((ruleId) => ({ ruleId }));
let events: StatsEvent[];
const kinds = () => events.map((event) => `${event.kind} ${'ruleId' in event ? event.ruleId : ''}`.trim());
const tracker = () => createFindingStatsTracker({ platform: 'facebook', emit: (event) => events.push(event), settleMs: 1000, now: Date.now });

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date(2026, 4, 4, 10));
  events = [];
});
afterEach(() => vi.useRealTimers());

describe('createFindingStatsTracker', () => {
  it('counts a finding as shown once it stayed, and as fixed when it goes while the box still has text', () => {
    const box = tracker();
    box.update(findings('refund'), false);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(kinds()).toEqual(['finding-shown refund']);
    expect(events[0]).toMatchObject({ platform: 'facebook', at: Date.now() });
    box.update(findings(), false);
    expect(kinds()).toEqual(['finding-shown refund', 'finding-fixed refund']);
  });

  it('counts nothing for a finding that flickers while a word is typed', () => {
    const box = tracker();
    box.update(findings('hype'), false);
    vi.advanceTimersByTime(300);
    box.update(findings(), false);
    vi.advanceTimersByTime(5000);
    expect(events).toEqual([]);
  });

  it('counts no fix when the box is emptied (sent or cleared), then starts afresh', () => {
    const box = tracker();
    box.update(findings('refund', 'hype'), false);
    vi.advanceTimersByTime(1000);
    box.update(findings(), true);
    expect(kinds()).toEqual(['finding-shown refund', 'finding-shown hype']);
    box.update(findings('refund'), false);
    vi.advanceTimersByTime(1000);
    expect(kinds().filter((kind) => kind === 'finding-shown refund')).toHaveLength(2);
  });

  it('counts each occurrence of a rule, and fixes only those that went', () => {
    const box = tracker();
    box.update(findings('email', 'email'), false);
    vi.advanceTimersByTime(1000);
    box.update(findings('email'), false);
    box.update(findings('email'), false);
    expect(kinds()).toEqual(['finding-shown email', 'finding-shown email', 'finding-fixed email']);
  });

  it('takes an override for an override, not a fix, and counts an override before settling as shown', () => {
    const box = tracker();
    box.update(findings('refund', 'hype'), false);
    vi.advanceTimersByTime(1000);
    box.overridden('refund', 'approved_by_lead');
    box.update(findings('hype'), false);
    expect(kinds()).toEqual(['finding-shown refund', 'finding-shown hype', 'finding-overridden refund']);
    expect(events[2]).toMatchObject({ reason: 'approved_by_lead' });

    events = [];
    box.update(findings('hype', 'vulgar'), false);
    box.overridden('vulgar', 'false_positive');
    box.update(findings('hype'), false);
    vi.advanceTimersByTime(5000);
    expect(kinds()).toEqual(['finding-shown vulgar', 'finding-overridden vulgar']);
  });

  it('forgets on reset and dispose without counting fixes, and stops its timer', () => {
    const box = tracker();
    box.update(findings('refund'), false);
    vi.advanceTimersByTime(1000);
    box.reset();
    box.update(findings(), false);
    box.update(findings('hype'), false);
    box.dispose();
    vi.advanceTimersByTime(5000);
    expect(kinds()).toEqual(['finding-shown refund']);
  });

  it('never lets a failing recorder reach the page', () => {
    const box = createFindingStatsTracker({
      platform: 'x',
      emit: () => {
        throw new Error('recorder gone');
      },
      settleMs: 0,
    });
    expect(() => {
      box.update(findings('refund'), false);
      vi.advanceTimersByTime(1);
      box.update(findings(), false);
      box.overridden('hype', 'context_ok');
    }).not.toThrow();
  });
});
