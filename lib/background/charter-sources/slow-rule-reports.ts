// The background's intake of "rule too slow" reports from the pages: only ids of rules of the charter in force, reported
// against that very version, get in (so a faulty or hostile sender cannot file a sentence as a "rule id"). They are
// counted in slowRulesItem, which the options page shows in the charter status until the manager clears it or another
// charter version comes into force.
import { browser } from 'wxt/browser';
import type { CompiledCharter } from '../../core/charter/compiled';
import { isReportSlowRulesRequest, type ReportSlowRulesRequest } from '../../shared/messaging/protocol';
import { compiledCharterItem } from '../../shared/storage/charter-items';
import { MAX_SLOW_RULES, slowRulesItem, type SlowRulesReport } from '../../shared/storage/slow-rules';

/** The report with `request`'s rules counted in; the same object when nothing in the request is admissible. */
export function countSlowRules(report: SlowRulesReport | null, request: ReportSlowRulesRequest, charter: CompiledCharter | null, now: Date): SlowRulesReport | null {
  if (!charter || request.charterId !== charter.charter.id || request.version !== charter.charter.version) return report;
  const known = new Set(charter.rules.map((rule) => rule.id));
  const ids = [...new Set(request.ruleIds.slice(0, MAX_SLOW_RULES).filter((id): id is string => typeof id === 'string' && known.has(id)))];
  if (ids.length === 0) return report;
  const current = report && report.charterId === charter.charter.id && report.version === charter.charter.version ? report.rules : [];
  const at = now.toISOString();
  const counted = ids.map((ruleId) => ({ ruleId, count: (current.find((entry) => entry.ruleId === ruleId)?.count ?? 0) + 1, lastAt: at }));
  const rest = current.filter((entry) => !ids.includes(entry.ruleId));
  return { charterId: charter.charter.id, version: charter.charter.version, rules: [...counted, ...rest].slice(0, MAX_SLOW_RULES) };
}

// Reports from several tabs arrive together: each read-modify-write waits for the previous one.
let queue: Promise<unknown> = Promise.resolve();

export function recordSlowRules(request: ReportSlowRulesRequest, now: Date = new Date()): Promise<boolean> {
  const run = queue.then(async () => {
    const report = await slowRulesItem.getValue();
    const next = countSlowRules(report, request, await compiledCharterItem.getValue(), now);
    if (next === report) return false;
    await slowRulesItem.setValue(next);
    return true;
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Registers the listener; returns a disposer. */
export function listenForSlowRuleReports(): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (response: { ok: boolean }) => void) => {
    if (!isReportSlowRulesRequest(message)) return undefined;
    recordSlowRules(message).then((ok) => sendResponse({ ok }), () => sendResponse({ ok: false }));
    // Keeps the channel open for the asynchronous answer (Chrome's callback style).
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
