// Stand-ins for a box session's surroundings in unit tests: a Facebook-like platform, and editors whose reading can be made
// to fail (as when the page rebuilt the editor under Gardefou). Used by box-session.test.ts and box-stats.test.ts.
import type * as DetectEditor from '../../../lib/page/editors/detect-editor';
import type { IncomingMessage, PlatformAdapter } from '../../../lib/page/platforms/types';

/** Boxes whose reading fails while they are in the set. */
export const unreadableBoxes = new WeakSet<HTMLElement>();

/**
 * The detect-editor module, reading through the real editor adapters except for `unreadableBoxes`. For a vi.mock factory:
 * `vi.mock(import('…/detect-editor'), async (original) => (await import('./box-session-doubles')).readFailingFor(await original()))`.
 */
export function readFailingFor(real: typeof DetectEditor) {
  return {
    adapterFor: (element: HTMLElement) => {
      const adapter = real.adapterFor(element);
      return {
        ...adapter,
        readText: () => {
          if (unreadableBoxes.has(element)) throw new Error('the page changed');
          return adapter.readText();
        },
      };
    },
  };
}

/** Facebook, as far as a box session asks: the box is a reply (public) or a DM, under `incoming`. */
export function fakeFacebook({ isPublic = true, incoming }: { isPublic?: boolean; incoming: IncomingMessage | null }): PlatformAdapter {
  return {
    id: 'facebook',
    matchesHost: () => true,
    findReplyBoxes: () => [],
    describeBox: () => ({ kind: isPublic ? 'reply' : 'dm', isPublic }),
    findIncoming: () => incoming,
    findSendButton: () => null,
    sendKeyFor: () => ({ key: 'Enter', withModifier: false }),
  };
}
