// Messages between the popup / options page / background and the content script of a tab.
// Only rule ids, categories, messages and offsets travel: never the draft's or the incoming message's text, save the one
// flagged passage a CM chooses to attach to a false-positive report (gardefou:read-flagged-text).
import type { LiveResources } from '../diagnostics/live-resources';
import type { DismissReason } from './dismiss-reason';
import type { InsertMode, ReplyBoxKind } from './reply-box';
import type { Finding, PathMatch, PossibleSignal } from '../../core/engine/types';
import type { AnyPlatform, Lang, Mode } from '../../core/engine/vocabulary';
import type { SettingsRefusal } from '../settings/settings-refusal';
import type { CharterFailure } from '../storage/charter-failure';
import type { CharterMeta } from '../storage/charter-items';
import type { StatsEvent } from '../stats/stats-event';

/** What the popup shows about the reply box the CM is working in. */
export interface ActiveBoxState {
  /** Opaque id of the box within its tab. */
  boxId: string;
  platform: AnyPlatform;
  kind: ReplyBoxKind;
  isPublic: boolean;
  /** False when the page changed under Gardefou and the box cannot be read (the badge says so too). */
  readable: boolean;
  lang: Lang;
  incomingLang: Lang;
  mode: Mode;
  /** The box answers a message (false for a top-level composer, or when the thread could not be read). */
  hasIncoming: boolean;
  paths: PathMatch[];
  /** Open findings (dismissed ones removed), offsets into the draft. */
  findings: Finding[];
  /** Lower-confidence findings and paths, shown apart as "possible" (never in the badge); absent from older pages. */
  possible?: PossibleSignal[];
  /** Values the page gives for phrasing variables, e.g. { prénom: 'Alice', first_name: 'Alice' }. Kept in memory only. */
  variables: Record<string, string>;
  draftIsEmpty: boolean;
  /** Set when the draft is longer than the page checks: findings cover its first `checkedLength` characters only. */
  checkedLength?: number;
}


export type ContentRequest =
  | { type: 'gardefou:get-active-box' }
  | { type: 'gardefou:insert'; boxId?: string; text: string; mode: InsertMode }
  /** `pin`: in junior mode, the manager PIN a lead typed to validate the override (checked by the background). */
  | { type: 'gardefou:dismiss-finding'; boxId: string; ruleId: string; start: number; reason: DismissReason; pin?: string }
  /** Sent only after the CM ticked "attach the text" in a false-positive report: the one passage an open finding flags. */
  | { type: 'gardefou:read-flagged-text'; boxId: string; start: number; end: number }
  /** What the content script holds in the page (counts only), for leak tests and support. */
  | { type: 'gardefou:diagnostics' };

export interface InsertResponse {
  ok: boolean;
  /** Why it failed, for the popup to offer the clipboard instead: 'no-box', 'not-accepted', 'not-readable'. */
  reason?: 'no-box' | 'not-accepted' | 'not-readable';
}

export function isContentRequest(value: unknown): value is ContentRequest {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string' && (value as { type: string }).type.startsWith('gardefou:');
}

/** What the content script answers to `gardefou:get-active-box`: null when the page has no reply box Gardefou can see. */
export type GetActiveBoxResponse = ActiveBoxState | null;

/** The flagged passage, already cut to what a report may carry; null when no open finding of the box has that span. */
export interface ReadFlaggedTextResponse {
  text: string | null;
}

/** Counts of what Gardefou holds in the tab: box sessions, and the observers, listeners and timers they and the page use. */
export interface ContentDiagnostics extends LiveResources {
  sessions: number;
}

export interface DismissResponse {
  /** False when the box or the finding is gone (the draft changed meanwhile). */
  ok: boolean;
  /** Junior mode refused the override: no PIN, a wrong PIN, too many tries. */
  refusal?: SettingsRefusal;
}

/** Messages to the background, from the options page, the popup, the demo and tests. */
export type BackgroundRequest =
  | { type: 'gardefou:import-charter'; text: string; fileName: string; pin?: string }
  | { type: 'gardefou:load-demo-charter'; pin?: string };

/** The answer to a charter import or load: plain-language lines, each naming the JSON path at fault. */
export interface CharterApplyResponse {
  ok: boolean;
  errors?: string[];
  warnings?: string[];
  meta?: CharterMeta;
  /** Why it was refused, as data the page words in the reader's language (lib/ui/charter-failure-text.ts). */
  failures?: CharterFailure[];
}

export function isBackgroundRequest(value: unknown): value is BackgroundRequest {
  const type = (value as { type?: unknown } | null)?.type;
  return type === 'gardefou:import-charter' || type === 'gardefou:load-demo-charter';
}

/** Statistics events to the background, from content scripts and the popup: ids, counts and times only (lib/background/stats-db/stats-event.ts). */
export interface RecordEventsRequest {
  type: 'gardefou:record-events';
  events: StatsEvent[];
}

export interface RecordEventsResponse {
  ok: boolean;
  /** Events the background kept (malformed ones and ids the charter in force does not know are dropped). */
  recorded: number;
}

export function isRecordEventsRequest(value: unknown): value is RecordEventsRequest {
  return (value as { type?: unknown } | null)?.type === 'gardefou:record-events' && Array.isArray((value as { events?: unknown }).events);
}

/** From a content script: charter rules it switched off for running past their time budget (ids only, never text). */
export interface ReportSlowRulesRequest {
  type: 'gardefou:report-slow-rules';
  /** The charter the page checks with (`charter.id`, `charter.version`): a report from a tab left on an older one is dropped. */
  charterId: string;
  version: string;
  ruleIds: string[];
}

export function isReportSlowRulesRequest(value: unknown): value is ReportSlowRulesRequest {
  return (value as { type?: unknown } | null)?.type === 'gardefou:report-slow-rules' && Array.isArray((value as { ruleIds?: unknown }).ruleIds);
}
