// Turns a batch of admitted events into what the store writes: counter increments per key, and the records to add.
import type { DismissReason } from '../messaging/dismiss-reason';
import type { AnyPlatform, Category } from '../../core/engine/vocabulary';
import { localDay } from '../stats/local-day';
import type { AdmittedEvent, EscalationRecord, FalsePositiveReportRecord, LocalDay, PhrasingCountRow, RuleCountRow } from '../stats/stats-records';

export interface FoldedEvents {
  rules: Map<string, RuleCountRow>;
  phrasings: Map<string, PhrasingCountRow>;
  escalations: EscalationRecord[];
  falsePositiveReports: FalsePositiveReportRecord[];
}

export function ruleCountKey(day: LocalDay, platform: AnyPlatform, ruleId: string): [LocalDay, string, string] {
  return [day, platform, ruleId];
}

export function emptyRuleRow(day: LocalDay, platform: AnyPlatform, ruleId: string, category: Category): RuleCountRow {
  return {
    day,
    platform,
    ruleId,
    category,
    shown: 0,
    fixed: 0,
    overridden: { false_positive: 0, context_ok: 0, approved_by_lead: 0 },
    falsePositiveReports: 0,
    quieted: 0,
    restored: 0,
  };
}

/** Adds `increment`'s counts to `base` (the stored row, or an empty one); the category follows the latest charter. */
export function addRuleCounts(base: RuleCountRow, increment: RuleCountRow): RuleCountRow {
  const overridden = { ...base.overridden };
  for (const reason of Object.keys(increment.overridden) as DismissReason[]) overridden[reason] += increment.overridden[reason];
  return {
    ...base,
    category: increment.category,
    shown: base.shown + increment.shown,
    fixed: base.fixed + increment.fixed,
    overridden,
    falsePositiveReports: base.falsePositiveReports + increment.falsePositiveReports,
    quieted: (base.quieted ?? 0) + increment.quieted,
    restored: (base.restored ?? 0) + increment.restored,
  };
}

export function foldEvents(events: readonly AdmittedEvent[]): FoldedEvents {
  const folded: FoldedEvents = { rules: new Map(), phrasings: new Map(), escalations: [], falsePositiveReports: [] };
  const ruleRow = (day: LocalDay, platform: AnyPlatform, ruleId: string, category: Category) => {
    const key = JSON.stringify(ruleCountKey(day, platform, ruleId));
    const row = folded.rules.get(key) ?? emptyRuleRow(day, platform, ruleId, category);
    row.category = category;
    folded.rules.set(key, row);
    return row;
  };
  for (const event of events) {
    const day = localDay(event.at);
    switch (event.kind) {
      case 'finding-shown':
        ruleRow(day, event.platform, event.ruleId, event.category).shown += 1;
        break;
      case 'finding-fixed':
        ruleRow(day, event.platform, event.ruleId, event.category).fixed += 1;
        break;
      case 'finding-overridden':
        ruleRow(day, event.platform, event.ruleId, event.category).overridden[event.reason] += 1;
        break;
      case 'rule-quieted':
        ruleRow(day, event.platform, event.ruleId, event.category).quieted += 1;
        break;
      case 'rule-restored':
        ruleRow(day, event.platform, event.ruleId, event.category).restored += 1;
        break;
      case 'false-positive-reported':
        ruleRow(day, event.platform, event.ruleId, event.category).falsePositiveReports += 1;
        folded.falsePositiveReports.push({
          day,
          at: event.at,
          platform: event.platform,
          ruleId: event.ruleId,
          category: event.category,
          reason: event.reason,
          attachedText: event.attachedText,
        });
        break;
      case 'phrasing-inserted': {
        const key = JSON.stringify([day, event.platform, event.phrasingId]);
        const row = folded.phrasings.get(key) ?? { day, platform: event.platform, phrasingId: event.phrasingId, pathId: event.pathId, inserted: 0 };
        row.inserted += 1;
        folded.phrasings.set(key, row);
        break;
      }
      case 'escalation-recorded':
        folded.escalations.push({
          day,
          at: event.at,
          platform: event.platform,
          pathId: event.pathId,
          category: event.category,
          team: event.team,
        });
        break;
    }
  }
  return folded;
}
