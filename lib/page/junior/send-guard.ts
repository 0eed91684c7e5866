// Junior mode's send guard: capture-phase listeners on the window, the first place an event reaches, stop a click on a
// box's send button or the site's send key while the reply may not go, before the site's own handlers see it.
// Nothing is ever sent by Gardefou, and nothing but the send gesture of a blocked box is stopped: typing goes through.
import { listen } from '../../shared/diagnostics/live-resources';
import type { ReplyBoxKind } from '../../shared/messaging/reply-box';
import type { PlatformAdapter } from '../platforms/types';
import { isSendKeyPress } from './send-keys';
import type { SendVerdict } from '../../core/junior/send-verdict';

export interface GuardedBox {
  box: HTMLElement;
  platform: PlatformAdapter;
  kind(): ReplyBoxKind;
  /** Checks the draft as it is now and decides. */
  verdict(): SendVerdict;
  showBlocked(blocked: Extract<SendVerdict, { allowed: false }>): void;
}

export interface SendGuardDeps {
  /** False outside junior mode: the listeners return at once. */
  active(): boolean;
  boxes(): Iterable<GuardedBox>;
  /** The box whose editable contains `node` (crossing shadow roots). */
  boxAt(node: Node): GuardedBox | undefined;
}

function stop(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/** Decides for one box; true when the event was stopped. */
function guard(event: Event, guarded: GuardedBox): boolean {
  let verdict: SendVerdict;
  try {
    verdict = guarded.verdict();
  } catch {
    // A box Gardefou cannot read is not held back: the CM must never be stuck by a Gardefou failure.
    return false;
  }
  if (verdict.allowed) return false;
  stop(event);
  try {
    guarded.showBlocked(verdict);
  } catch {
    // The reply is held back even if the explanation could not be drawn.
  }
  return true;
}

export function installSendGuard(win: Window, deps: SendGuardDeps): () => void {
  // The keyup and keypress of a stopped Enter are stopped too: a site that sends on either must not see half a key.
  let heldKey = false;

  const onKeyDown = (event: KeyboardEvent) => {
    heldKey = false;
    if (event.key !== 'Enter' || !deps.active()) return;
    const target = event.composedPath()[0];
    const guarded = target instanceof Node ? deps.boxAt(target) : undefined;
    if (!guarded || !isSendKeyPress(event, guarded.platform.sendKeyFor(guarded.kind()))) return;
    heldKey = guard(event, guarded);
  };
  const onKeyFollowUp = (event: KeyboardEvent) => {
    if (!heldKey || event.key !== 'Enter') return;
    if (event.type === 'keyup') heldKey = false;
    stop(event);
  };
  const onClick = (event: MouseEvent) => {
    if (!deps.active()) return;
    const path = event.composedPath();
    for (const guarded of deps.boxes()) {
      const button = guarded.platform.findSendButton(guarded.box);
      if (button && path.includes(button)) {
        guard(event, guarded);
        return;
      }
    }
  };
  // A site whose reply box sits in a real <form> may submit it without a click or key we saw.
  const onSubmit = (event: SubmitEvent) => {
    if (!deps.active() || !(event.target instanceof HTMLFormElement)) return;
    const form = event.target;
    for (const guarded of deps.boxes()) {
      if (form.contains(guarded.box) && guard(event, guarded)) return;
    }
  };

  const options = { capture: true } as const;
  const stops = [
    listen(win, 'keydown', onKeyDown, options),
    listen(win, 'keypress', onKeyFollowUp, options),
    listen(win, 'keyup', onKeyFollowUp, options),
    listen(win, 'click', onClick, options),
    listen(win, 'submit', onSubmit, options),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
