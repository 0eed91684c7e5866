// One reply box's life: read the draft on every change, check it, show the result, answer the popup. Nothing thrown here reaches the page.
import { adapterFor } from '../editors/detect-editor';
import type { InsertMode } from '../../shared/messaging/reply-box';
import type { EditorAdapter } from '../editors/types';
import { check } from '../../core/engine/check';
import type { CheckResult, Finding } from '../../core/engine/types';
import type { AnyPlatform, Lang } from '../../core/engine/vocabulary';
import type { DismissReason } from '../../shared/messaging/dismiss-reason';
import type { ActiveBoxState, InsertResponse } from '../../shared/messaging/protocol';
import type { BoxOverlay } from '../overlay/box-overlay';
import { describePaths } from '../overlay/path-view';
import type { IncomingMessage, PlatformAdapter, ReplyBoxDescription } from '../platforms/types';
import { attachableExcerpt } from '../../shared/stats/false-positive-report';
import type { CharterSettings } from './charter-settings';
import type { DismissalRecord } from './dismissal-log';
import { createDismissedFindings } from './dismissed-findings';
import { hiddenRuleIds } from '../../shared/settings/quieting';
import { READ_DRAFT_CHARS } from './draft-limits';
import { pageCheckInput } from './page-check-input';
import { phrasingValuesFrom } from './phrasing-values';
import { unreadableAdapter } from './unreadable-adapter';
import type { BlockedSend } from '../overlay/send-block-view';
import type { CheckCoverage } from '../../core/junior/send-verdict';
import { checkFailedFinding, reportSlowRules, slowRuleFindings, CHECK_BUDGET } from './check-failure';

export interface BoxSessionDeps {
  id: string;
  platform: PlatformAdapter;
  location: Pick<Location, 'pathname' | 'hostname'>;
  /** The UI language: finding messages and path labels are written in it. */
  uiLang: Lang;
  settings(): CharterSettings;
  overlayFor(adapter: EditorAdapter): BoxOverlay;
  onDismiss(dismissal: DismissalRecord): void;
  /** After every check: the open findings and whether the draft is empty (the statistics tracker's input). */
  onChecked?(openFindings: readonly Finding[], draftIsEmpty: boolean): void;
  /** Nothing could be checked (no charter, or the box cannot be read): earlier findings say nothing any more. */
  onCheckUnavailable?(): void;
}

export interface BoxSession {
  id: string;
  /** The element the platform adapter found. */
  box: HTMLElement;
  /** The site adapter that found it: its send button and send key (junior mode's send guard). */
  platform: PlatformAdapter;
  /** Re-reads and re-checks the draft (after a change, a charter or mode change, an insert). */
  recheck(): void;
  /** Re-reads the message the box answers (the page changed around it) and re-checks if it is not what it was. */
  refreshIncoming(): void;
  setFocused(focused: boolean): void;
  state(): ActiveBoxState;
  insert(text: string, mode: InsertMode): Promise<InsertResponse>;
  dismiss(ruleId: string, start: number, reason: DismissReason): boolean;
  /** Junior mode stopped a reply: the overlay says why (null closes it). */
  showSendBlock(blocked: BlockedSend | null): void;
  /** How much of the draft the last check covered (junior mode fails closed on anything less than all of it). */
  coverage(): CheckCoverage;
  /** The passage an open finding flags at exactly [start, end), cut to what a report may carry; null for any other span. */
  flaggedText(start: number, end: number): string | null;
  dispose(): void;
}

/** The last check and what it ran on: a check is skipped when none of it changed. */
interface CheckedDraft {
  draft: string;
  incoming: string;
  /** The page's values for {variables} (they fill junior mode's suggested phrasing), as JSON. */
  variables: string;
  settings: CharterSettings;
  result: CheckResult;
}

/** The box is still in the page and still takes typing: anything else is not a draft to check. */
function canRead(root: HTMLElement): boolean {
  if (!root.isConnected) return false;
  return root.tagName === 'TEXTAREA' ? !(root as HTMLTextAreaElement).disabled : root.isContentEditable;
}

/** Public unless the site says otherwise, so public-only rules (personal data) still fire on an unknown box. */
function describe(platform: PlatformAdapter, box: HTMLElement, location: BoxSessionDeps['location']): ReplyBoxDescription {
  try {
    return platform.describeBox(box, location);
  } catch {
    return { kind: 'comment', isPublic: true };
  }
}

export function createBoxSession(box: HTMLElement, deps: BoxSessionDeps): BoxSession {
  const { platform } = deps;
  const platformId: AnyPlatform = platform.id;
  let adapter: EditorAdapter;
  let readable = true;
  try {
    adapter = adapterFor(box, { maxChars: READ_DRAFT_CHARS });
  } catch {
    adapter = unreadableAdapter(box);
  }
  const description = describe(platform, box, deps.location);
  const overlay = deps.overlayFor(adapter);
  const dismissed = createDismissedFindings();
  let incoming: IncomingMessage | null = null;
  let focused = false;
  let checked: CheckedDraft | null = null;
  /** The draft the last check threw on (a broken charter, a rule that throws): never read as a clean draft. */
  let failedOn: string | null = null;
  let openFindings: Finding[] = [];
  /** After dispose() nothing runs: an insert, a frame or a timer that outlived the box must not paint for it again. */
  let disposed = false;

  // Statistics are told what the CM sees; a failure there must not turn the box "unreadable".
  const tellStats = (tell: () => void) => {
    try {
      tell();
    } catch {
      // Counting is best effort.
    }
  };

  const showUnreadable = () => {
    readable = false;
    checked = null;
    openFindings = [];
    tellStats(() => deps.onCheckUnavailable?.());
    try {
      overlay.show({ status: 'unreadable', findings: [], paths: [], mode: deps.settings().modeOverride ?? 'normal', focused });
    } catch {
      // The overlay itself failed: nothing more can be shown for this box.
    }
  };

  const runCheck = () => {
    // A box the page took away or made read-only mid-check: its last findings no longer describe anything.
    if (!canRead(adapter.root)) return showUnreadable();
    const settings = deps.settings();
    const draft = adapter.readText();
    readable = true;
    const { charter } = settings;
    if (!charter) {
      checked = null;
      openFindings = [];
      tellStats(() => deps.onCheckUnavailable?.());
      overlay.show({ status: 'idle', findings: [], paths: [], mode: 'normal', focused });
      return;
    }
    // An emptied box starts a new reply: earlier dismissals no longer apply.
    if (draft.trim() === '') dismissed.clear();
    const input = pageCheckInput({
      draft,
      incoming,
      platform: platformId,
      isPublic: description.isPublic,
      mode: settings.modeOverride ?? charter.charter.defaultMode,
      uiLang: deps.uiLang,
    });
    const variables = JSON.stringify(input.variables);
    if (!checked || checked.draft !== draft || checked.incoming !== input.incoming || checked.variables !== variables || checked.settings !== settings) {
      let checkedResult: CheckResult;
      try {
        checkedResult = check({ ...input, budget: CHECK_BUDGET }, charter);
      } catch {
        // Fail closed: the badge says the check failed (never a clean tick) and junior mode holds the reply back.
        failedOn = draft;
        checked = null;
        openFindings = draft.trim() === '' ? [] : [checkFailedFinding(draft.length)];
        tellStats(() => deps.onCheckUnavailable?.());
        overlay.show({ status: 'checked', findings: openFindings, paths: [], mode: input.mode ?? charter.charter.defaultMode, focused });
        return;
      }
      failedOn = null;
      if (checkedResult.skippedRules?.length) reportSlowRules(charter, checkedResult.skippedRules);
      const result = checkedResult.skippedRules?.length
        ? { ...checkedResult, findings: [...checkedResult.findings, ...slowRuleFindings(checkedResult.skippedRules, draft.length)] }
        : checkedResult;
      checked = { draft, incoming: input.incoming, variables, settings, result };
    }
    const { result } = checked;
    // Rules this CM quieted are not shown (hiddenRuleIds is empty in junior and crisis mode).
    const quieted = hiddenRuleIds(settings.quieted ?? [], charter, result.mode);
    openFindings = result.findings.filter((finding) => !dismissed.has(finding, draft) && !quieted.has(finding.ruleId));
    tellStats(() => deps.onChecked?.(openFindings, draft.trim() === ''));
    overlay.show({
      status: 'checked',
      findings: openFindings,
      paths: describePaths(result.paths, charter, deps.uiLang),
      mode: result.mode,
      focused,
      checkedLength: result.checkedLength,
    });
  };

  /** The session boundary: whatever the page did to the box, the CM sees "cannot read this box", never an exception. */
  const recheck = () => {
    if (disposed) return;
    try {
      runCheck();
    } catch {
      showUnreadable();
    }
  };

  const readIncoming = () => {
    try {
      incoming = platform.findIncoming(box);
    } catch {
      incoming = null;
    }
  };

  const refreshIncoming = () => {
    if (disposed) return;
    const before = incoming?.text ?? '';
    readIncoming();
    if ((incoming?.text ?? '') !== before) recheck();
  };

  readIncoming();
  let stopObserving: () => void = () => undefined;
  try {
    stopObserving = adapter.observe(recheck);
  } catch {
    // Without change notifications the badge would go stale: say so instead.
    adapter = unreadableAdapter(box);
  }
  recheck();

  return {
    id: deps.id,
    box,
    platform,
    recheck,
    refreshIncoming,
    setFocused(next) {
      if (disposed || focused === next) return;
      focused = next;
      // The thread may have loaded or changed since the box appeared.
      if (focused) readIncoming();
      recheck();
    },
    state() {
      const result = checked?.result;
      const settings = deps.settings();
      return {
        boxId: deps.id,
        platform: platformId,
        kind: description.kind,
        isPublic: description.isPublic,
        readable,
        lang: result?.lang ?? deps.uiLang,
        incomingLang: result?.incomingLang ?? deps.uiLang,
        mode: result?.mode ?? settings.modeOverride ?? settings.charter?.charter.defaultMode ?? 'normal',
        hasIncoming: incoming !== null && incoming.text.trim() !== '',
        paths: result?.paths ?? [],
        findings: readable ? openFindings : [],
        possible: readable ? (result?.possible ?? []) : [],
        variables: phrasingValuesFrom(incoming),
        draftIsEmpty: checked ? checked.draft.trim() === '' : true,
        ...(readable && result?.checkedLength !== undefined ? { checkedLength: result.checkedLength } : {}),
      };
    },
    async insert(text, mode) {
      if (disposed || !readable) return { ok: false, reason: 'not-readable' };
      let accepted = false;
      try {
        accepted = await adapter.insert(text, mode);
      } catch {
        accepted = false;
      }
      // The box may have gone while the editor took the text: nothing of it is shown or counted any more.
      if (disposed) return { ok: false, reason: 'no-box' };
      // The editor's observer may fire later; the popup reads the state right after this answer.
      recheck();
      return accepted ? { ok: true } : { ok: false, reason: 'not-accepted' };
    },
    dismiss(ruleId, start, reason) {
      const finding = openFindings.find((candidate) => candidate.ruleId === ruleId && candidate.start === start);
      if (!finding || !checked) return false;
      dismissed.add(finding, checked.draft);
      deps.onDismiss({ ruleId, reason, platform: platformId, at: new Date().toISOString() });
      recheck();
      return true;
    },
    coverage() {
      if (!readable || failedOn !== null) return 'failed';
      const result = checked?.result;
      if (!result) return deps.settings().charter ? 'failed' : 'complete';
      if (result.skippedRules?.length) return 'failed';
      return result.checkedLength !== undefined ? 'partial' : 'complete';
    },
    flaggedText(start, end) {
      if (!readable || !checked) return null;
      // Only a span the CM sees flagged right now: the popup cannot read any other part of the draft.
      const flagged = openFindings.some((finding) => finding.start === start && finding.end === end);
      return flagged ? attachableExcerpt(checked.draft.slice(start, end)) : null;
    },
    showSendBlock: (blocked) => {
      if (!disposed) overlay.showSendBlock(blocked);
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      try {
        stopObserving();
      } catch {
        // The editor is already gone.
      }
      overlay.dispose();
    },
  };
}
