// The manager sees which rules the pages switched off for running too long (issue 16): the page reports rule ids once per
// rule and charter, the background admits only ids of the charter in force at that version, counts them in a capped,
// versioned storage item, and forgets them when the manager clears the list (PIN rules apply) or another version comes in.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { applyCharterText } from '../../../lib/background/charter-sources/apply-charter';
import { countSlowRules, recordSlowRules } from '../../../lib/background/charter-sources/slow-rule-reports';
import { answerManagerRequest, type ManagerRequestDeps } from '../../../lib/background/manager/manager-requests';
import { compileCharterOrThrow } from '../../../lib/core/charter/compile';
import type { CompiledCharter } from '../../../lib/core/charter/compiled';
import { isReportSlowRulesRequest, type ReportSlowRulesRequest } from '../../../lib/shared/messaging/protocol';
import { hashPin } from '../../../lib/shared/settings/manager-pin';
import type { SettingsRefusal } from '../../../lib/shared/settings/settings-refusal';
import { compiledCharterItem } from '../../../lib/shared/storage/charter-items';
import { managerPinItem } from '../../../lib/shared/storage/manager-items';
import { MAX_SLOW_RULES, reportApplies, slowRulesItem } from '../../../lib/shared/storage/slow-rules';
import { reportSlowRules } from '../../../lib/page/boxes/check-failure';

const brandtrucText = readFileSync('charters/brandtruc.json', 'utf8');
const charter: CompiledCharter = compileCharterOrThrow(JSON.parse(brandtrucText));
const [ruleA, ruleB] = charter.rules.map((rule) => rule.id);
const T1 = new Date('2026-12-01T10:00:00.000Z');
const T2 = new Date('2026-12-01T11:00:00.000Z');

function request(ruleIds: unknown[], stamp: { charterId?: string; version?: string } = {}): ReportSlowRulesRequest {
  return { type: 'gardefou:report-slow-rules', charterId: stamp.charterId ?? charter.charter.id, version: stamp.version ?? charter.charter.version, ruleIds: ruleIds as string[] };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('what the background admits', () => {
  it('counts each rule of the charter in force, most recent first, with the time of the last report', () => {
    const once = countSlowRules(null, request([ruleA]), charter, T1);
    const twice = countSlowRules(once, request([ruleB, ruleA]), charter, T2);
    expect(twice).toEqual({
      charterId: charter.charter.id,
      version: charter.charter.version,
      rules: [
        { ruleId: ruleB, count: 1, lastAt: T2.toISOString() },
        { ruleId: ruleA, count: 2, lastAt: T2.toISOString() },
      ],
    });
  });

  it('drops ids the charter does not have (a sentence sent as an id), non-strings, and reports about another charter or version', () => {
    const report = countSlowRules(null, request([ruleA]), charter, T1);
    expect(countSlowRules(report, request(['On vous rembourse demain, Mme Martin', 42, null]), charter, T2)).toBe(report);
    expect(countSlowRules(report, request([ruleB], { version: 'older' }), charter, T2)).toBe(report);
    expect(countSlowRules(report, request([ruleB], { charterId: 'other' }), charter, T2)).toBe(report);
    expect(countSlowRules(report, request([ruleB]), null, T2)).toBe(report);
  });

  it('keeps at most MAX_SLOW_RULES rules, the most recent', () => {
    let report = null;
    const ids = charter.rules.slice(0, MAX_SLOW_RULES + 5).map((rule) => rule.id);
    for (const [i, id] of ids.entries()) report = countSlowRules(report, request([id]), charter, new Date(T1.getTime() + i * 1000));
    expect(report!.rules).toHaveLength(MAX_SLOW_RULES);
    expect(report!.rules[0].ruleId).toBe(ids[ids.length - 1]);
    expect(report!.rules.map((entry) => entry.ruleId)).not.toContain(ids[0]);
  });

  it('starts afresh when the stored report was about another version', () => {
    const old = { charterId: charter.charter.id, version: 'older', rules: [{ ruleId: ruleB, count: 7, lastAt: T1.toISOString() }] };
    expect(countSlowRules(old, request([ruleA]), charter, T2)?.rules).toEqual([{ ruleId: ruleA, count: 1, lastAt: T2.toISOString() }]);
  });

  it('recognises the message by its type and its list of ids', () => {
    expect(isReportSlowRulesRequest(request([ruleA]))).toBe(true);
    expect(isReportSlowRulesRequest({ type: 'gardefou:report-slow-rules', ruleIds: 'x' })).toBe(false);
    expect(isReportSlowRulesRequest({ type: 'gardefou:record-events', ruleIds: [] })).toBe(false);
  });
});

describe('the stored report', () => {
  it('is written by the intake, reports from several tabs at once all counted', async () => {
    await compiledCharterItem.setValue(charter);
    expect(await Promise.all([recordSlowRules(request([ruleA]), T1), recordSlowRules(request([ruleA]), T1), recordSlowRules(request(['nope']), T1)])).toEqual([true, true, false]);
    expect((await slowRulesItem.getValue())?.rules).toEqual([{ ruleId: ruleA, count: 2, lastAt: T1.toISOString() }]);
  });

  it('is cleared when another charter version comes into force, kept when the same one is loaded again', async () => {
    await applyCharterText(brandtrucText, { source: 'file', origin: 'a.json' }, T1);
    await recordSlowRules(request([ruleA]), T1);
    await applyCharterText(brandtrucText, { source: 'file', origin: 'a.json' }, T2);
    expect(reportApplies(await slowRulesItem.getValue(), charter.charter)).toBe(true);
    await applyCharterText(JSON.stringify({ ...JSON.parse(brandtrucText), version: '2026.12.1' }), { source: 'file', origin: 'a.json' }, T2);
    expect(await slowRulesItem.getValue()).toBeNull();
  });

  it('is cleared by the manager, with the PIN once one is set', async () => {
    const checkPin = async (pin: string): Promise<SettingsRefusal | null> => (pin === '4821' ? null : 'wrong-pin');
    const deps: ManagerRequestDeps = { checkPin, refresh: vi.fn() };
    await compiledCharterItem.setValue(charter);
    await recordSlowRules(request([ruleA]), T1);
    await managerPinItem.setValue(await hashPin('4821', 1000));
    expect(await answerManagerRequest({ type: 'gardefou:clear-slow-rules' }, deps)).toEqual({ ok: false, refusal: 'pin-required' });
    expect(await slowRulesItem.getValue()).not.toBeNull();
    expect(await answerManagerRequest({ type: 'gardefou:clear-slow-rules', pin: '4821' }, deps)).toEqual({ ok: true });
    expect(await slowRulesItem.getValue()).toBeNull();
  });
});

describe('the page side', () => {
  it('reports each switched-off rule once per charter, ids only, and never throws into the page', () => {
    const own = compileCharterOrThrow(JSON.parse(brandtrucText));
    const send = vi.fn(async (_sent: ReportSlowRulesRequest) => ({ ok: true }));
    reportSlowRules(own, [ruleA], send);
    reportSlowRules(own, [ruleA, ruleB], send);
    reportSlowRules(own, [ruleB], send);
    expect(send.mock.calls.map(([sent]) => sent)).toEqual([request([ruleA]), request([ruleB])]);
    const throwing = vi.fn(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(() => reportSlowRules(compileCharterOrThrow(JSON.parse(brandtrucText)), [ruleA], throwing)).not.toThrow();
  });
});
