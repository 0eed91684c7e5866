// What a platform adapter knows about a site's page: where the reply boxes are, what each answers, how it sends.
// Adapters know a site's DOM and nothing of rules; selectors live in one data table per site.
import type { AnyPlatform } from '../../core/engine/vocabulary';
import type { ReplyBoxKind } from '../../shared/messaging/reply-box';

/** The message a reply box answers, read from the thread DOM. */
export interface IncomingMessage {
  text: string;
  /** Display name of the author, when the page shows one. */
  author?: string;
  /** First name guessed from the author's display name, for `{prénom}` / `{first_name}` variables. */
  firstName?: string;
}

export interface ReplyBoxDescription {
  kind: ReplyBoxKind;
  /** DMs and Messenger are private: public-only rules (personal data) do not fire there. */
  isPublic: boolean;
}

/** How a site submits a reply from the keyboard. */
export interface SendKey {
  key: 'Enter';
  /** Ctrl (or Cmd on macOS) must be held: X and LinkedIn. */
  withModifier: boolean;
}

export interface PlatformAdapter {
  id: AnyPlatform;
  matchesHost(hostname: string): boolean;
  /** Every editable element on the page that is a reply box (comment, reply, composer, DM), including inside open shadow roots the site uses. */
  findReplyBoxes(root: Document | ShadowRoot): HTMLElement[];
  describeBox(editable: HTMLElement, location: Pick<Location, 'pathname' | 'hostname'>): ReplyBoxDescription;
  /** The message the box answers, or null for a top-level composer or when the thread DOM cannot be read. */
  findIncoming(editable: HTMLElement): IncomingMessage | null;
  /** The site's own send control for this box, or null when there is none (Enter-to-send boxes). */
  findSendButton(editable: HTMLElement): HTMLElement | null;
  sendKeyFor(kind: ReplyBoxKind): SendKey;
}
