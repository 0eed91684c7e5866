// The content script's composition: charter settings, the box registry, one session per box, focus, and the popup's messages.
// Each part lives in its own module; this file only connects them.
import { formatCount, uiLang } from '../../shared/i18n';
import { createBoxOverlay, type OverlayEnvironment } from '../overlay/box-overlay';
import { createHighlightRegistry } from '../overlay/highlight-registry';
import { supportsCustomHighlights } from '../overlay/highlight-support';
import { createLayoutWatch } from '../overlay/layout-watch';
import { createPointerWatch } from '../overlay/pointer-watch';
import { guardSendsOnPage } from '../junior/page-send-guard';
import { findAllReplyBoxes } from '../platforms/find-reply-boxes';
import { siteAdapterFor, type SiteAdapter } from '../platforms/site-adapter';
import type { FindingStatsTracker } from './finding-stats-tracker';
import { watchReplyBoxes } from './box-registry';
import { createBoxSession, type BoxSession } from './box-session';
import { watchCharterSettings, type CharterSettings } from './charter-settings';
import { listenForContentRequests } from './content-requests';
import { createDismissalLog, type DismissalLog } from './dismissal-log';
import { trackFocus, type FocusTracker } from './focus-tracker';
import { createPageStats } from './page-stats';
import { warmEngineWhenIdle } from './warm-engine';

export interface GardefouPage {
  /** Dismissals made in this tab. */
  dismissals: DismissalLog;
  stop(): void;
}

/** The session of the box that contains `node`, walking up through shadow roots. */
function sessionContaining(sessions: ReadonlyMap<HTMLElement, BoxSession>, node: Node): BoxSession | undefined {
  for (let current: Node | null = node; current; current = current instanceof ShadowRoot ? current.host : current.parentNode) {
    const session = sessions.get(current as HTMLElement);
    if (session) return session;
  }
  return undefined;
}

/**
 * Starts Gardefou on the page with `siteAdapter`, the one adapter its content script carries. On a host that adapter does
 * not serve (the manifest's matches should never allow it), the page has the generic fallback alone.
 */
export function startGardefouPage(win: Window, siteAdapter: SiteAdapter): GardefouPage {
  const doc = win.document;
  const site = siteAdapterFor(win.location.hostname, [siteAdapter]);
  const lang = uiLang();
  const overlays: OverlayEnvironment = {
    layout: createLayoutWatch(win),
    pointer: createPointerWatch(win),
    highlights: supportsCustomHighlights() ? createHighlightRegistry() : null,
  };
  const dismissals = createDismissalLog();
  const sessions = new Map<HTMLElement, BoxSession>();
  const stats = createPageStats({ win });
  const boxStats = new Map<HTMLElement, FindingStatsTracker>();
  let settings: CharterSettings = { charter: null, modeOverride: null, quieted: [] };
  let nextBoxNumber = 1;
  // Created after the registry (it asks the registry to search); the registry's first search finds no focus to forget.
  let focus: FocusTracker | null = null;
  let incomingRefresh = 0;

  const registry = watchReplyBoxes(
    doc,
    { findBoxes: () => findAllReplyBoxes(doc, site), shadowRoots: () => site?.openShadowRoots(doc) ?? [] },
    {
      added: ({ editable, adapter }) => {
        const id = `box-${nextBoxNumber++}`;
        // Before the session: its first check already reports to the tracker.
        const tracker = stats.trackBox(adapter.id);
        boxStats.set(editable, tracker);
        const session = createBoxSession(editable, {
          id,
          platform: adapter,
          location: win.location,
          uiLang: lang,
          settings: () => settings,
          overlayFor: (editor) =>
            createBoxOverlay(editor, overlays, id, {
              reportFalsePositive: (ruleId, reason) => stats.reportFalsePositive(adapter.id, ruleId, reason),
            }),
          onDismiss: (dismissal) => {
            // Before the session's re-check hides the finding, so it is counted as overridden, not fixed.
            tracker.overridden(dismissal.ruleId, dismissal.reason);
            dismissals.record(dismissal);
          },
          onChecked: tracker.update,
          onCheckUnavailable: tracker.reset,
        });
        sessions.set(editable, session);
      },
      removed: (box) => {
        const session = sessions.get(box);
        if (!session) return;
        sessions.delete(box);
        focus?.forget(session);
        session.dispose();
        boxStats.get(box)?.dispose();
        boxStats.delete(box);
      },
      pageChanged: () => {
        overlays.layout.schedule();
        // The thread around the box being written may have gone or changed: its paths must not outlive it. Read once a
        // frame, as the registry searches, not on every mutation batch of a busy feed.
        incomingRefresh ||= win.requestAnimationFrame(() => {
          incomingRefresh = 0;
          focus?.lastFocused()?.refreshIncoming();
        });
      },
    },
  );

  const focusTracker = trackFocus(doc, {
    sessionAt: (node) => sessionContaining(sessions, node),
    unknownEditableFocused: registry.rescan,
  });
  focus = focusTracker;

  let stopWarming = () => undefined as void;
  const stopSettings = watchCharterSettings((next) => {
    if (next.charter !== settings.charter) {
      stopWarming();
      // The count formatter: building one costs ~20 ms, which would land on the first long paste.
      if (next.charter) stopWarming = warmEngineWhenIdle(win, next.charter, site?.id ?? 'other', () => formatCount(0));
    }
    settings = next;
    // Findings that change with the charter or mode were not fixed by the CM: forget them before re-checking.
    stats.resetAll();
    for (const session of sessions.values()) session.recheck();
  });

  const activeSession = (): BoxSession | null => {
    const focused = focusTracker.lastFocused();
    if (focused) return focused;
    // Never focused yet: the first box with a draft in it, or the only box on the page.
    const all = [...sessions.values()];
    return all.find((session) => !session.state().draftIsEmpty) ?? (all.length === 1 ? all[0] : null);
  };
  const stopRequests = listenForContentRequests({
    active: activeSession,
    byId: (boxId) => [...sessions.values()].find((session) => session.id === boxId),
    count: () => sessions.size,
  });
  // Junior mode: a reply with a blocking finding does not leave (lib/page/junior/send-guard.ts).
  const stopSendGuard = guardSendsOnPage(win, {
    sessions: () => sessions.values(),
    sessionAt: (node) => sessionContaining(sessions, node),
    settings: () => settings,
  });

  return {
    dismissals,
    stop() {
      if (incomingRefresh) win.cancelAnimationFrame(incomingRefresh);
      stopSendGuard();
      stopRequests();
      stopSettings();
      stopWarming();
      focusTracker.dispose();
      registry.dispose();
      stats.dispose();
      overlays.layout.dispose();
      overlays.pointer.dispose();
    },
  };
}
