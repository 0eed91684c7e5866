// Which reply box the CM is in: the focused one, or the last one focused (the popup takes focus away from the page).
import { listen } from '../../shared/diagnostics/live-resources';
import type { BoxSession } from './box-session';

export interface FocusTracker {
  /** The focused or last focused session, while it still exists. */
  lastFocused(): BoxSession | null;
  /** A session is going away. */
  forget(session: BoxSession): void;
  dispose(): void;
}

export interface FocusTrackerDeps {
  /** The session whose box contains `node` (crossing shadow roots), if any. */
  sessionAt(node: Node): BoxSession | undefined;
  /** Focus landed in an editable no session knows: the page may have a box the last search missed. */
  unknownEditableFocused(): void;
}

function isEditable(node: Node): boolean {
  return node instanceof HTMLTextAreaElement || (node instanceof HTMLElement && node.isContentEditable);
}

/** The innermost focused element, looking through open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export function trackFocus(doc: Document, deps: FocusTrackerDeps): FocusTracker {
  let current: BoxSession | null = null;
  let focused = false;

  const focusOn = (target: Node) => {
    let session = deps.sessionAt(target);
    if (!session && isEditable(target)) {
      deps.unknownEditableFocused();
      session = deps.sessionAt(target);
    }
    if (!session) return;
    if (current && current !== session && focused) current.setFocused(false);
    current = session;
    focused = true;
    session.setFocused(true);
  };

  // The event is retargeted at shadow hosts; the composed path's first node is the real target.
  const onFocusIn = (event: FocusEvent) => {
    const target = event.composedPath()[0];
    if (target instanceof Node) focusOn(target);
  };
  const onFocusOut = (event: FocusEvent) => {
    const target = event.composedPath()[0];
    if (!(target instanceof Node) || !current || deps.sessionAt(target) !== current) return;
    focused = false;
    current.setFocused(false);
  };
  const stops = [listen(doc, 'focusin', onFocusIn, true), listen(doc, 'focusout', onFocusOut, true)];
  const initial = deepActiveElement(doc);
  if (initial) focusOn(initial);

  return {
    lastFocused: () => current,
    forget(session) {
      if (current === session) {
        current = null;
        focused = false;
      }
    },
    dispose() {
      for (const stop of stops) stop();
      current = null;
    },
  };
}
