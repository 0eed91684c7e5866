// What the statistics store holds (schema v3): counters per day, platform and id, and one record per escalation or report.
import type { DismissReason } from '../messaging/dismiss-reason';
import type { AnyPlatform, Category, IncomingCategory } from '../../core/engine/vocabulary';
import type { FalsePositiveReason } from './stats-event';

/** A local calendar day, `YYYY-MM-DD`. */
export type LocalDay = string;

/** An event the background accepted, completed from the charter in force (categories, the path's team). */
export type AdmittedEvent =
  | { kind: 'finding-shown' | 'finding-fixed'; ruleId: string; category: Category; platform: AnyPlatform; at: number }
  | { kind: 'finding-overridden'; ruleId: string; category: Category; reason: DismissReason; platform: AnyPlatform; at: number }
  | { kind: 'rule-quieted' | 'rule-restored'; ruleId: string; category: Category; platform: AnyPlatform; at: number }
  | { kind: 'phrasing-inserted'; phrasingId: string; pathId: string | null; platform: AnyPlatform; at: number }
  | { kind: 'escalation-recorded'; pathId: string; category: IncomingCategory; team: string | null; platform: AnyPlatform; at: number }
  | {
      kind: 'false-positive-reported';
      ruleId: string;
      category: Category;
      reason: FalsePositiveReason;
      attachedText: string | null;
      platform: AnyPlatform;
      at: number;
    };

/** Keyed by [day, platform, ruleId]. */
export interface RuleCountRow {
  day: LocalDay;
  platform: AnyPlatform;
  ruleId: string;
  category: Category;
  shown: number;
  fixed: number;
  overridden: Record<DismissReason, number>;
  falsePositiveReports: number;
  /** Times a CM quieted the rule for themselves, and restored it (schema v3). */
  quieted: number;
  restored: number;
}

/** Keyed by [day, platform, phrasingId]. */
export interface PhrasingCountRow {
  day: LocalDay;
  platform: AnyPlatform;
  phrasingId: string;
  pathId: string | null;
  inserted: number;
}

export interface EscalationRecord {
  /** Assigned by the store. */
  id?: number;
  day: LocalDay;
  at: number;
  platform: AnyPlatform;
  pathId: string;
  /** Null for escalations migrated from schema v1, which did not keep them. */
  category: IncomingCategory | null;
  team: string | null;
}

export interface FalsePositiveReportRecord {
  id?: number;
  day: LocalDay;
  at: number;
  platform: AnyPlatform;
  ruleId: string;
  category: Category;
  reason: FalsePositiveReason;
  /** Only when the CM ticked "attach the text" and saw exactly this. */
  attachedText: string | null;
}

export interface StatsAggregates {
  rules: RuleCountRow[];
  phrasings: PhrasingCountRow[];
}

/** Everything an export needs, for one period. */
export interface StatsExportRows extends StatsAggregates {
  escalations: EscalationRecord[];
  falsePositiveReports: FalsePositiveReportRecord[];
}

/** `days`: the last N local days, today included; all stored days when absent. */
export interface StatsPeriod {
  days?: number;
}
