// Every selector the X adapter uses, each with the fixture pages where it must match (platform-dom.md §2).
// data-testid values do not depend on the locale, so nearly every anchor is one.
import { inBothLanguages, type SelectorTable } from './proven-selector';

const TIMELINES = ['x', 'x-home'] as const;
/** Pages with posts: twitter.com serves x.com's pages; X Pro's columns reuse its post and composer components. */
const WITH_POSTS = ['x', 'x-home', 'x-twitter', 'x-pro'] as const;

export const X_SELECTORS = {
  /** Post, inline-reply and modal-reply composers (Draft.js); threads number them _0, _1, … */
  composerTextbox: { selector: '[data-testid^="tweetTextarea_"][role="textbox"][contenteditable="true"]', mustMatchOn: inBothLanguages(...WITH_POSTS) },
  dmTextarea: { selector: 'textarea[data-testid="dm-composer-textarea"]', mustMatchOn: inBothLanguages('x-dm') },
  /** Any editable in the new chat's composer: one source describes a contenteditable "Unencrypted message" box there instead of a textarea. */
  dmComposerContainer: { selector: '[data-testid="dm-composer-container"]', mustMatchOn: inBothLanguages('x-dm') },
  legacyDmTextbox: {
    selector: '[data-testid="dmComposerTextInput"]',
    mustMatchOn: [],
    unproven: 'legacy /messages Draft.js DM composer, probably superseded by /i/chat; the fixtures render only /i/chat',
  },
  /** Anything under a dm… testid is a private conversation. */
  dmArea: { selector: '[data-testid^="dm"]', mustMatchOn: inBothLanguages('x-dm') },

  tweet: { selector: 'article[data-testid="tweet"]', mustMatchOn: inBothLanguages(...WITH_POSTS) },
  tweetText: { selector: '[data-testid="tweetText"]', mustMatchOn: inBothLanguages(...WITH_POSTS) },
  /** The display name is the first link of User-Name; the @handle is the second. */
  userNameLink: { selector: '[data-testid="User-Name"] a', mustMatchOn: inBothLanguages(...WITH_POSTS) },
  timelineCell: { selector: '[data-testid="cellInnerDiv"]', mustMatchOn: inBothLanguages(...WITH_POSTS) },
  /** X Pro: the deck's columns, each its own timeline; a composer answers the post above it in its column. */
  deckColumn: { selector: '[data-testid="multi-column-layout"] section[role="region"]', mustMatchOn: inBothLanguages('x-pro') },
  replyDialog: { selector: '[role="dialog"][aria-modal="true"]', mustMatchOn: inBothLanguages(...TIMELINES) },

  inlineSendButton: { selector: '[data-testid="tweetButtonInline"]', mustMatchOn: inBothLanguages(...TIMELINES, 'x-twitter', 'x-pro') },
  modalSendButton: { selector: '[data-testid="tweetButton"]', mustMatchOn: inBothLanguages(...TIMELINES) },
  dmSendButton: { selector: '[data-testid="dm-composer-send-button"]', mustMatchOn: inBothLanguages('x-dm') },
  legacyDmSendButton: {
    selector: '[data-testid="dmComposerSendButton"]',
    mustMatchOn: [],
    unproven: 'legacy /messages DM composer; not in the fixtures',
  },

  dmMessage: { selector: '[data-testid="message-text"]', mustMatchOn: inBothLanguages('x-dm') },
  legacyDmMessage: {
    selector: '[data-testid="messageEntry"]',
    mustMatchOn: [],
    unproven: 'legacy /messages DM bubbles; not in the fixtures',
  },
  /** The conversation's header names the other person. */
  dmThreadTitle: { selector: '[data-testid^="dm"] h2', mustMatchOn: inBothLanguages('x-dm') },
} satisfies SelectorTable;

/** DM pages: the new chat and the legacy inbox. */
export const X_PRIVATE_PATHS = ['/messages', '/i/chat'];
/** A conversation page: its inline composer replies to the focal post. */
export const X_STATUS_PATH = /^\/[^/]+\/status\/\d+/u;
