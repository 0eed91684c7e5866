// What the CM sees when a check could not vouch for the whole draft: it threw, or a rule ran too long and was switched off.
// Shown as findings over the whole draft, so the badge, the card and the popup say it like any other finding.
import { browser } from 'wxt/browser';
import type { CompiledCharter } from '../../core/charter/compiled';
import type { CheckBudget } from '../../core/engine/rule-budget';
import type { ReportSlowRulesRequest } from '../../shared/messaging/protocol';
import type { Finding } from '../../core/engine/types';
import { t } from '../../shared/i18n';

/** A rule whose matching takes longer than this in one check (a freeze, not a slow machine) is switched off for the page (the others keep running). */
export const CHECK_BUDGET: CheckBudget = { perRuleMs: 500 };

export const CHECK_FAILED_RULE = 'gardefou:check-failed';
export const SLOW_RULE = 'gardefou:slow-rule';

export function checkFailedFinding(draftLength: number): Finding {
  return { ruleId: CHECK_FAILED_RULE, category: 'style', severity: 'warning', start: 0, end: draftLength, message: t('check_failed_finding'), wholeDraft: true };
}

export function slowRuleFindings(ruleIds: readonly string[], draftLength: number): Finding[] {
  return ruleIds.map((id) => ({ ruleId: SLOW_RULE, category: 'style', severity: 'warning', start: 0, end: draftLength, message: t('check_rule_too_slow', id), wholeDraft: true }));
}

const reported = new WeakMap<CompiledCharter, Set<string>>();

/** Tells the background (rule ids only) which rules were switched off, once per rule and charter: the manager sees them. */
export function reportSlowRules(charter: CompiledCharter, ruleIds: readonly string[], send = (r: ReportSlowRulesRequest) => browser.runtime.sendMessage(r)): void {
  let seen = reported.get(charter);
  if (!seen) reported.set(charter, (seen = new Set()));
  const fresh = ruleIds.filter((id) => !seen.has(id));
  if (!fresh.length) return;
  for (const id of fresh) seen.add(id);
  try {
    void Promise.resolve(send({ type: 'gardefou:report-slow-rules', charterId: charter.charter.id, version: charter.charter.version, ruleIds: fresh })).catch(() => undefined);
  } catch {
    // The extension was reloaded under the page: nobody to tell.
  }
}
