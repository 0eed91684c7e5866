// Connects the send guard to the page's box sessions: the mode in force, the box under an event, its verdict and overlay.
import type { BoxSession } from '../boxes/box-session';
import type { CharterSettings } from '../boxes/charter-settings';
import { installSendGuard, type GuardedBox } from './send-guard';
import { sendVerdict } from '../../core/junior/send-verdict';

export interface PageSendGuardDeps {
  sessions(): Iterable<BoxSession>;
  sessionAt(node: Node): BoxSession | undefined;
  settings(): CharterSettings;
}

export function guardSendsOnPage(win: Window, deps: PageSendGuardDeps): () => void {
  const guarded = (session: BoxSession): GuardedBox => ({
    box: session.box,
    platform: session.platform,
    kind: () => session.state().kind,
    verdict: () => {
      // The last keystroke's check may still be pending: decide on the draft as it is at the click.
      session.recheck();
      const state = session.state();
      return sendVerdict(
        {
          mode: state.mode,
          findings: state.findings,
          paths: state.paths,
          draftIsEmpty: state.draftIsEmpty,
          lang: state.lang,
          pageValues: state.variables,
          coverage: session.coverage(),
        },
        deps.settings().charter,
      );
    },
    showBlocked: (blocked) => session.showSendBlock(blocked),
  });
  return installSendGuard(win, {
    active: () => {
      const { charter, modeOverride } = deps.settings();
      return charter !== null && (modeOverride ?? charter.charter.defaultMode) === 'junior';
    },
    boxes: function* () {
      for (const session of deps.sessions()) yield guarded(session);
    },
    boxAt: (node) => {
      const session = deps.sessionAt(node);
      return session ? guarded(session) : undefined;
    },
  });
}
