// Every selector the X adapter uses (platform-dom.md §2), then the fixture pages where each must match: the proofs are a
// table of their own, which only the tests import, so the content script carries the selectors alone.
// data-testid values do not depend on the locale, so nearly every anchor is one.
import { inBothLanguages, type SelectorProofs, type SelectorTable } from './proven-selector';

const TIMELINES = ['x', 'x-home'] as const;
/** Pages with posts: twitter.com serves x.com's pages; X Pro's columns reuse its post and composer components. */
const WITH_POSTS = ['x', 'x-home', 'x-twitter', 'x-pro'] as const;

export const X_SELECTORS = {
  /** Post, inline-reply and modal-reply composers (Draft.js); threads number them _0, _1, … */
  composerTextbox: '[data-testid^="tweetTextarea_"][role="textbox"][contenteditable="true"]',
  dmTextarea: 'textarea[data-testid="dm-composer-textarea"]',
  /** Any editable in the new chat's composer: one source describes a contenteditable "Unencrypted message" box there instead of a textarea. */
  dmComposerContainer: '[data-testid="dm-composer-container"]',
  legacyDmTextbox: '[data-testid="dmComposerTextInput"]',
  /** Anything under a dm… testid is a private conversation. */
  dmArea: '[data-testid^="dm"]',

  tweet: 'article[data-testid="tweet"]',
  tweetText: '[data-testid="tweetText"]',
  /** The display name is the first link of User-Name; the @handle is the second. */
  userNameLink: '[data-testid="User-Name"] a',
  timelineCell: '[data-testid="cellInnerDiv"]',
  /** X Pro: the deck's columns, each its own timeline; a composer answers the post above it in its column. */
  deckColumn: '[data-testid="multi-column-layout"] section[role="region"]',
  replyDialog: '[role="dialog"][aria-modal="true"]',

  inlineSendButton: '[data-testid="tweetButtonInline"]',
  modalSendButton: '[data-testid="tweetButton"]',
  dmSendButton: '[data-testid="dm-composer-send-button"]',
  legacyDmSendButton: '[data-testid="dmComposerSendButton"]',

  dmMessage: '[data-testid="message-text"]',
  legacyDmMessage: '[data-testid="messageEntry"]',
  /** The conversation's header names the other person. */
  dmThreadTitle: '[data-testid^="dm"] h2',
} satisfies SelectorTable;

/** Where each selector must match, or why no fixture can show it (test/unit/platforms/selector-tables.test.ts, test/e2e/platforms.spec.ts). */
export const X_SELECTOR_PROOFS: SelectorProofs<typeof X_SELECTORS> = {
  composerTextbox: { mustMatchOn: inBothLanguages(...WITH_POSTS) },
  dmTextarea: { mustMatchOn: inBothLanguages('x-dm') },
  dmComposerContainer: { mustMatchOn: inBothLanguages('x-dm') },
  legacyDmTextbox: { mustMatchOn: [], unproven: 'legacy /messages Draft.js DM composer, probably superseded by /i/chat; the fixtures render only /i/chat' },
  dmArea: { mustMatchOn: inBothLanguages('x-dm') },

  tweet: { mustMatchOn: inBothLanguages(...WITH_POSTS) },
  tweetText: { mustMatchOn: inBothLanguages(...WITH_POSTS) },
  userNameLink: { mustMatchOn: inBothLanguages(...WITH_POSTS) },
  timelineCell: { mustMatchOn: inBothLanguages(...WITH_POSTS) },
  deckColumn: { mustMatchOn: inBothLanguages('x-pro') },
  replyDialog: { mustMatchOn: inBothLanguages(...TIMELINES) },

  inlineSendButton: { mustMatchOn: inBothLanguages(...TIMELINES, 'x-twitter', 'x-pro') },
  modalSendButton: { mustMatchOn: inBothLanguages(...TIMELINES) },
  dmSendButton: { mustMatchOn: inBothLanguages('x-dm') },
  legacyDmSendButton: { mustMatchOn: [], unproven: 'legacy /messages DM composer; not in the fixtures' },

  dmMessage: { mustMatchOn: inBothLanguages('x-dm') },
  legacyDmMessage: { mustMatchOn: [], unproven: 'legacy /messages DM bubbles; not in the fixtures' },
  dmThreadTitle: { mustMatchOn: inBothLanguages('x-dm') },
};

/** DM pages: the new chat and the legacy inbox. */
export const X_PRIVATE_PATHS = ['/messages', '/i/chat'];
/** A conversation page: its inline composer replies to the focal post. */
export const X_STATUS_PATH = /^\/[^/]+\/status\/\d+/u;
