// The content script's composition: charter settings, the box registry, one session per box, focus, and the popup's messages.
// Each part lives in its own module; this file only connects them.
import { uiLang } from '../i18n';
import { createBoxOverlay, type OverlayEnvironment } from '../overlay/box-overlay';
import { createHighlightRegistry } from '../overlay/highlight-registry';
import { supportsCustomHighlights } from '../overlay/highlight-support';
import { createLayoutWatch } from '../overlay/layout-watch';
import { createPointerWatch } from '../overlay/pointer-watch';
import { findAllReplyBoxes, platformAdapterFor } from '../platforms';
import { watchReplyBoxes } from './box-registry';
import { createBoxSession, type BoxSession } from './box-session';
import { watchCharterSettings, type CharterSettings } from './charter-settings';
import { listenForContentRequests } from './content-requests';
import { createDismissalLog, type DismissalLog } from './dismissal-log';
import { trackFocus, type FocusTracker } from './focus-tracker';

export interface GardefouPage {
  /** Dismissals made in this tab (the statistics hook). */
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

export function startGardefouPage(win: Window): GardefouPage {
  const doc = win.document;
  const site = platformAdapterFor(win.location.hostname);
  const lang = uiLang();
  const overlays: OverlayEnvironment = {
    layout: createLayoutWatch(win),
    pointer: createPointerWatch(win),
    highlights: supportsCustomHighlights() ? createHighlightRegistry() : null,
  };
  const dismissals = createDismissalLog();
  const sessions = new Map<HTMLElement, BoxSession>();
  let settings: CharterSettings = { charter: null, modeOverride: null };
  let nextBoxNumber = 1;
  // Created after the registry (it asks the registry to search); the registry's first search finds no focus to forget.
  let focus: FocusTracker | null = null;

  const registry = watchReplyBoxes(
    doc,
    { findBoxes: () => findAllReplyBoxes(doc), shadowRoots: () => site?.openShadowRoots(doc) ?? [] },
    {
      added: ({ editable, adapter }) => {
        const id = `box-${nextBoxNumber++}`;
        const session = createBoxSession(editable, {
          id,
          platform: adapter,
          location: win.location,
          uiLang: lang,
          settings: () => settings,
          overlayFor: (editor) => createBoxOverlay(editor, overlays, id),
          onDismiss: dismissals.record,
        });
        sessions.set(editable, session);
      },
      removed: (box) => {
        const session = sessions.get(box);
        if (!session) return;
        sessions.delete(box);
        focus?.forget(session);
        session.dispose();
      },
      pageChanged: overlays.layout.schedule,
    },
  );

  const focusTracker = trackFocus(doc, {
    sessionAt: (node) => sessionContaining(sessions, node),
    unknownEditableFocused: registry.rescan,
  });
  focus = focusTracker;

  const stopSettings = watchCharterSettings((next) => {
    settings = next;
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
  });

  return {
    dismissals,
    stop() {
      stopRequests();
      stopSettings();
      focusTracker.dispose();
      registry.dispose();
      overlays.layout.dispose();
      overlays.pointer.dispose();
    },
  };
}
