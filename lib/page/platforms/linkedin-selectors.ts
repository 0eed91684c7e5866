// Every selector the LinkedIn adapter uses (platform-dom.md §3), then the fixture pages where each must match: the proofs are a
// table of their own, which only the tests import, so the content script carries the selectors alone.
// Two builds run in parallel: the 2026 SDUI build (hashed classes; componentkey, data-testid, aria-label) and the legacy Ember build (BEM classes).
import { inBothLanguages, inEnglish, inFrench, type SelectorProofs, type SelectorTable } from './proven-selector';

const FEEDS = ['linkedin', 'linkedin-legacy'] as const;
const WITH_MESSAGING = ['linkedin', 'linkedin-legacy', 'linkedin-messaging'] as const;
/** The SDUI post and comment components: the feed, and a Page's admin view where CMs answer as the Page. */
const SDUI_PAGES = ['linkedin', 'linkedin-admin'] as const;

export const LINKEDIN_SELECTORS = {
  // SDUI build: TipTap comment and reply boxes, in their own container beside the post.
  tiptapEditor: '[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable="true"]',
  commentEditorLabelEn: '[contenteditable="true"][aria-label="Text editor for creating comment"]',
  commentEditorLabelFr: '[contenteditable="true"][aria-label="Éditeur de texte pour créer un commentaire"]',
  commentBoxContainer: '[componentkey^="commentBox-"]',
  postRoot: '[componentkey*="FeedType_"]',
  /** The post card holding the post root and its comment box side by side: the search for the post stops there. */
  postCard: '[role="listitem"]',
  expandableText: '[data-testid="expandable-text-box"]',
  expandableTextButton: '[data-testid="expandable-text-button"]',
  postAuthorMenuEn: 'button[aria-label^="Open control menu for post by "]',
  postAuthorMenuFr: 'button[aria-label^="Ouvrir le menu de commandes pour la publication de "]',
  commentItem: '[componentkey*="replaceableComment_"]',
  commentSendButton: '[componentkey*="commentButtonSection"] button',

  // Legacy build: Quill comment and reply boxes inside the post.
  legacyCommentEditor: '.comments-comment-box-comment__text-editor .ql-editor[contenteditable="true"]',
  legacyCommentTextEditor: '.comments-comment-texteditor .ql-editor[contenteditable="true"]',
  /** LinkedIn's own marker on its Quill editors (legacy comments and the share composer); the /preload/ decoy has none. */
  quillEditorMarker: '[data-test-ql-editor-contenteditable="true"]',
  legacyPost: '.feed-shared-update-v2, [data-urn^="urn:li:activity"], [data-id^="urn:li:activity"]',
  legacyPostText: '.update-components-text, .feed-shared-text',
  legacyPostAuthor: '.update-components-actor__title',
  legacyCommentItem: '.comments-comment-item, article.comments-comment-entity',
  legacyCommentText: '.comments-comment-item__main-content',
  legacyCommentAuthor: '.comments-comment-meta__description-title',
  legacyCommentSendButton: '.comments-comment-box__submit-button--cr, .comments-comment-box__submit-button',
  profileLink: 'a[href*="/in/"], a[href*="/company/"]',

  // "Start a post": a Quill editor in the open shadow root of #interop-outlet.
  shareOutlet: '#interop-outlet, [data-testid="interop-shadowdom"]',
  shareEditor: '.ql-editor[contenteditable="true"]',
  shareContainer: '.share-creation-state, .share-box',
  shareSendButton: '.share-actions__primary-action',

  // Messaging: the docked overlay on every page and the /messaging/ thread; private.
  messagingEditor: '.msg-form__contenteditable[contenteditable="true"]',
  messagingContainer: '.msg-form, .msg-overlay-conversation-bubble',
  messagingThread: '.msg-overlay-conversation-bubble, .msg-convo-wrapper, .msg-thread',
  messageBody: '.msg-s-event-listitem__body',
  messageFromOther: '.msg-s-event-listitem--other',
  messagingThreadTitle: '.msg-entity-lockup__entity-title, .msg-overlay-bubble-header__title',
  messagingSendButton: '.msg-form__send-btn, .msg-form__send-button',
} satisfies SelectorTable;

/** Where each selector must match, or why no fixture can show it (test/unit/platforms/selector-tables.test.ts, test/e2e/platforms.spec.ts). */
export const LINKEDIN_SELECTOR_PROOFS: SelectorProofs<typeof LINKEDIN_SELECTORS> = {
  tiptapEditor: { mustMatchOn: inBothLanguages(...SDUI_PAGES) },
  commentEditorLabelEn: { mustMatchOn: inEnglish(...SDUI_PAGES) },
  commentEditorLabelFr: { mustMatchOn: inFrench(...SDUI_PAGES) },
  commentBoxContainer: { mustMatchOn: inBothLanguages(...SDUI_PAGES) },
  postRoot: { mustMatchOn: inBothLanguages(...SDUI_PAGES) },
  postCard: { mustMatchOn: inBothLanguages(...SDUI_PAGES) },
  expandableText: { mustMatchOn: inBothLanguages(...SDUI_PAGES) },
  expandableTextButton: { mustMatchOn: inBothLanguages(...SDUI_PAGES) },
  postAuthorMenuEn: { mustMatchOn: inEnglish(...SDUI_PAGES) },
  postAuthorMenuFr: { mustMatchOn: inFrench(...SDUI_PAGES) },
  commentItem: { mustMatchOn: inBothLanguages(...SDUI_PAGES) },
  commentSendButton: { mustMatchOn: inBothLanguages(...SDUI_PAGES) },

  legacyCommentEditor: { mustMatchOn: inBothLanguages('linkedin-legacy') },
  legacyCommentTextEditor: { mustMatchOn: inBothLanguages('linkedin-legacy') },
  quillEditorMarker: { mustMatchOn: inBothLanguages(...FEEDS) },
  legacyPost: { mustMatchOn: inBothLanguages('linkedin-legacy') },
  legacyPostText: { mustMatchOn: inBothLanguages('linkedin-legacy') },
  legacyPostAuthor: { mustMatchOn: inBothLanguages('linkedin-legacy') },
  legacyCommentItem: { mustMatchOn: inBothLanguages('linkedin-legacy') },
  legacyCommentText: { mustMatchOn: inBothLanguages('linkedin-legacy') },
  legacyCommentAuthor: { mustMatchOn: inBothLanguages('linkedin-legacy') },
  legacyCommentSendButton: { mustMatchOn: inBothLanguages('linkedin-legacy') },
  profileLink: { mustMatchOn: inBothLanguages(...FEEDS, 'linkedin-admin') },

  shareOutlet: { mustMatchOn: inBothLanguages('linkedin') },
  shareEditor: { mustMatchOn: inBothLanguages(...FEEDS) },
  shareContainer: { mustMatchOn: inBothLanguages('linkedin') },
  shareSendButton: { mustMatchOn: inBothLanguages('linkedin') },

  messagingEditor: { mustMatchOn: inBothLanguages(...WITH_MESSAGING) },
  messagingContainer: { mustMatchOn: inBothLanguages(...WITH_MESSAGING) },
  messagingThread: { mustMatchOn: inBothLanguages(...WITH_MESSAGING) },
  messageBody: { mustMatchOn: inBothLanguages(...WITH_MESSAGING) },
  messageFromOther: { mustMatchOn: [], unproven: 'LinkedIn marks the other person\'s messages with this modifier (uncertain); the fixture marks ours (--outgoing) instead' },
  messagingThreadTitle: { mustMatchOn: inBothLanguages(...WITH_MESSAGING) },
  messagingSendButton: { mustMatchOn: inBothLanguages(...WITH_MESSAGING) },
};

/** The post author's name follows these control-menu label prefixes. */
export const POST_AUTHOR_MENU_PREFIXES = ['Open control menu for post by ', 'Ouvrir le menu de commandes pour la publication de '];

export const LINKEDIN_PRIVATE_PATHS = ['/messaging'];
/** The hidden frame LinkedIn preloads, with a decoy Quill editor. */
export const LINKEDIN_HELPER_PATHS = ['/preload'];
