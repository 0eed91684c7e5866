// The gate between pages and the store: only well-formed events about ids of the charter in force, rebuilt field by field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCharterOrThrow } from '../../../lib/core/charter/compile';
import { admitEvents, MAX_EVENTS_PER_MESSAGE } from '../../../lib/background/stats-db/admit-events';
import { MAX_ATTACHED_TEXT, parseStatsEvent } from '../../../lib/shared/stats/stats-event';

const brandtruc = compileCharterOrThrow(JSON.parse(readFileSync('charters/brandtruc.json', 'utf8')));
const ruleId = brandtruc.rules.find((rule) => rule.category === 'out_of_perimeter')!.id;
const now = new Date(2026, 4, 4, 12).getTime();

describe('parseStatsEvent', () => {
  it('keeps only the known fields of each kind', () => {
    const parsed = parseStatsEvent({ kind: 'finding-shown', ruleId, platform: 'x', at: now, draft: 'Bonjour Alice', url: 'https://x.com/a' });
    expect(parsed).toEqual({ kind: 'finding-shown', ruleId, platform: 'x', at: now });
  });

  it('refuses ids that could carry a sentence, unknown kinds, reasons and platforms, and missing times', () => {
    expect(parseStatsEvent({ kind: 'finding-shown', ruleId: 'je vous rembourse demain', platform: 'x', at: now })).toBeNull();
    expect(parseStatsEvent({ kind: 'escalation-recorded', pathId: 'sav\nAlice Martin', platform: 'x', at: now })).toBeNull();
    expect(parseStatsEvent({ kind: 'phrasing-inserted', phrasingId: 'x'.repeat(41), platform: 'x', at: now })).toBeNull();
    expect(parseStatsEvent({ kind: 'finding-typed', ruleId, platform: 'x', at: now })).toBeNull();
    expect(parseStatsEvent({ kind: 'finding-overridden', ruleId, reason: 'because', platform: 'x', at: now })).toBeNull();
    expect(parseStatsEvent({ kind: 'finding-shown', ruleId, platform: 'tiktok', at: now })).toBeNull();
    expect(parseStatsEvent({ kind: 'finding-shown', ruleId, platform: 'x' })).toBeNull();
    expect(parseStatsEvent('finding-shown')).toBeNull();
  });

  it('carries a false-positive text only as a string the dialog could have shown in full', () => {
    const report = { kind: 'false-positive-reported', ruleId, reason: 'harmless_meaning', platform: 'facebook', at: now };
    expect(parseStatsEvent({ ...report, attachedText: 'cette promo tue' })).toEqual({ ...report, attachedText: 'cette promo tue' });
    expect(parseStatsEvent({ ...report, attachedText: '   ' })).toEqual(report);
    expect(parseStatsEvent({ ...report, attachedText: 'a'.repeat(MAX_ATTACHED_TEXT + 1) })).toBeNull();
    expect(parseStatsEvent({ ...report, attachedText: 42 })).toBeNull();
  });
});

describe('admitEvents', () => {
  it('completes events from the charter: rule categories, a phrasing’s path, a path’s category and team', () => {
    const phrasing = brandtruc.phrasings.find((candidate) => candidate.path === 'sav')!;
    const admitted = admitEvents(
      [
        { kind: 'finding-overridden', ruleId, reason: 'context_ok', platform: 'facebook', at: now },
        { kind: 'phrasing-inserted', phrasingId: phrasing.id, platform: 'x', at: now },
        { kind: 'escalation-recorded', pathId: 'legal', platform: 'linkedin', at: now },
      ],
      brandtruc,
      now,
    );
    expect(admitted).toEqual([
      { kind: 'finding-overridden', ruleId, category: 'out_of_perimeter', reason: 'context_ok', platform: 'facebook', at: now },
      { kind: 'phrasing-inserted', phrasingId: phrasing.id, pathId: 'sav', platform: 'x', at: now },
      { kind: 'escalation-recorded', pathId: 'legal', category: 'legal', team: 'Service juridique', platform: 'linkedin', at: now },
    ]);
  });

  it('counts quiets of quietable rules only, by rule id and never with text; restores of any rule in force', () => {
    const admitted = admitEvents(
      [
        { kind: 'rule-quieted', ruleId: 'brandtruc.tone.exclamation', platform: 'x', at: now, draft: 'Merci !!!' },
        { kind: 'rule-quieted', ruleId, platform: 'x', at: now },
        { kind: 'rule-restored', ruleId: 'brandtruc.tone.exclamation', platform: 'other', at: now },
        { kind: 'rule-quieted', ruleId: 'à vous de voir', platform: 'x', at: now },
      ],
      brandtruc,
      now,
    );
    expect(admitted).toEqual([
      { kind: 'rule-quieted', ruleId: 'brandtruc.tone.exclamation', category: 'overmarketing', platform: 'x', at: now },
      { kind: 'rule-restored', ruleId: 'brandtruc.tone.exclamation', category: 'overmarketing', platform: 'other', at: now },
    ]);
  });

  it('drops ids the charter in force does not know, and everything when no charter is in force', () => {
    const events = [
      { kind: 'finding-shown', ruleId: 'not.in.charter', platform: 'x', at: now },
      { kind: 'phrasing-inserted', phrasingId: 'FR 99.9', platform: 'x', at: now },
      { kind: 'escalation-recorded', pathId: 'unknown_path', platform: 'x', at: now },
      { kind: 'finding-shown', ruleId, platform: 'x', at: now },
    ];
    expect(admitEvents(events, brandtruc, now).map((event) => event.kind)).toEqual(['finding-shown']);
    expect(admitEvents(events, null, now)).toEqual([]);
  });

  it('files an event from a clock far ahead at the background’s time, and takes at most a bounded batch', () => {
    const [late] = admitEvents([{ kind: 'finding-shown', ruleId, platform: 'x', at: now + 86_400_000 }], brandtruc, now);
    expect(late.at).toBe(now);
    const flood = Array.from({ length: MAX_EVENTS_PER_MESSAGE + 20 }, () => ({ kind: 'finding-shown', ruleId, platform: 'x', at: now }));
    expect(admitEvents(flood, brandtruc, now)).toHaveLength(MAX_EVENTS_PER_MESSAGE);
  });
});
