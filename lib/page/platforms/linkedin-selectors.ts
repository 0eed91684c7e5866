// Every selector the LinkedIn adapter uses, each with the fixture pages where it must match (platform-dom.md §3).
// Two builds run in parallel: the 2026 SDUI build (hashed classes; componentkey, data-testid, aria-label) and the legacy Ember build (BEM classes).
import { inBothLanguages, inEnglish, inFrench, type SelectorTable } from './proven-selector';

const FEEDS = ['linkedin', 'linkedin-legacy'] as const;
const WITH_MESSAGING = ['linkedin', 'linkedin-legacy', 'linkedin-messaging'] as const;
/** The SDUI post and comment components: the feed, and a Page's admin view where CMs answer as the Page. */
const SDUI_PAGES = ['linkedin', 'linkedin-admin'] as const;

export const LINKEDIN_SELECTORS = {
  // SDUI build: TipTap comment and reply boxes, in their own container beside the post.
  tiptapEditor: { selector: '[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable="true"]', mustMatchOn: inBothLanguages(...SDUI_PAGES) },
  commentEditorLabelEn: { selector: '[contenteditable="true"][aria-label="Text editor for creating comment"]', mustMatchOn: inEnglish(...SDUI_PAGES) },
  commentEditorLabelFr: { selector: '[contenteditable="true"][aria-label="Éditeur de texte pour créer un commentaire"]', mustMatchOn: inFrench(...SDUI_PAGES) },
  commentBoxContainer: { selector: '[componentkey^="commentBox-"]', mustMatchOn: inBothLanguages(...SDUI_PAGES) },
  postRoot: { selector: '[componentkey*="FeedType_"]', mustMatchOn: inBothLanguages(...SDUI_PAGES) },
  /** The post card holding the post root and its comment box side by side: the search for the post stops there. */
  postCard: { selector: '[role="listitem"]', mustMatchOn: inBothLanguages(...SDUI_PAGES) },
  expandableText: { selector: '[data-testid="expandable-text-box"]', mustMatchOn: inBothLanguages(...SDUI_PAGES) },
  expandableTextButton: { selector: '[data-testid="expandable-text-button"]', mustMatchOn: inBothLanguages(...SDUI_PAGES) },
  postAuthorMenuEn: { selector: 'button[aria-label^="Open control menu for post by "]', mustMatchOn: inEnglish(...SDUI_PAGES) },
  postAuthorMenuFr: { selector: 'button[aria-label^="Ouvrir le menu de commandes pour la publication de "]', mustMatchOn: inFrench(...SDUI_PAGES) },
  commentItem: { selector: '[componentkey*="replaceableComment_"]', mustMatchOn: inBothLanguages(...SDUI_PAGES) },
  commentSendButton: { selector: '[componentkey*="commentButtonSection"] button', mustMatchOn: inBothLanguages(...SDUI_PAGES) },

  // Legacy build: Quill comment and reply boxes inside the post.
  legacyCommentEditor: {
    selector: '.comments-comment-box-comment__text-editor .ql-editor[contenteditable="true"]',
    mustMatchOn: inBothLanguages('linkedin-legacy'),
  },
  legacyCommentTextEditor: { selector: '.comments-comment-texteditor .ql-editor[contenteditable="true"]', mustMatchOn: inBothLanguages('linkedin-legacy') },
  /** LinkedIn's own marker on its Quill editors (legacy comments and the share composer); the /preload/ decoy has none. */
  quillEditorMarker: { selector: '[data-test-ql-editor-contenteditable="true"]', mustMatchOn: inBothLanguages(...FEEDS) },
  legacyPost: {
    selector: '.feed-shared-update-v2, [data-urn^="urn:li:activity"], [data-id^="urn:li:activity"]',
    mustMatchOn: inBothLanguages('linkedin-legacy'),
  },
  legacyPostText: { selector: '.update-components-text, .feed-shared-text', mustMatchOn: inBothLanguages('linkedin-legacy') },
  legacyPostAuthor: { selector: '.update-components-actor__title', mustMatchOn: inBothLanguages('linkedin-legacy') },
  legacyCommentItem: { selector: '.comments-comment-item, article.comments-comment-entity', mustMatchOn: inBothLanguages('linkedin-legacy') },
  legacyCommentText: { selector: '.comments-comment-item__main-content', mustMatchOn: inBothLanguages('linkedin-legacy') },
  legacyCommentAuthor: { selector: '.comments-comment-meta__description-title', mustMatchOn: inBothLanguages('linkedin-legacy') },
  legacyCommentSendButton: {
    selector: '.comments-comment-box__submit-button--cr, .comments-comment-box__submit-button',
    mustMatchOn: inBothLanguages('linkedin-legacy'),
  },
  profileLink: { selector: 'a[href*="/in/"], a[href*="/company/"]', mustMatchOn: inBothLanguages(...FEEDS, 'linkedin-admin') },

  // "Start a post": a Quill editor in the open shadow root of #interop-outlet.
  shareOutlet: { selector: '#interop-outlet, [data-testid="interop-shadowdom"]', mustMatchOn: inBothLanguages('linkedin') },
  shareEditor: { selector: '.ql-editor[contenteditable="true"]', mustMatchOn: inBothLanguages(...FEEDS) },
  shareContainer: { selector: '.share-creation-state, .share-box', mustMatchOn: inBothLanguages('linkedin') },
  shareSendButton: { selector: '.share-actions__primary-action', mustMatchOn: inBothLanguages('linkedin') },

  // Messaging: the docked overlay on every page and the /messaging/ thread; private.
  messagingEditor: { selector: '.msg-form__contenteditable[contenteditable="true"]', mustMatchOn: inBothLanguages(...WITH_MESSAGING) },
  messagingContainer: { selector: '.msg-form, .msg-overlay-conversation-bubble', mustMatchOn: inBothLanguages(...WITH_MESSAGING) },
  messagingThread: {
    selector: '.msg-overlay-conversation-bubble, .msg-convo-wrapper, .msg-thread',
    mustMatchOn: inBothLanguages(...WITH_MESSAGING),
  },
  messageBody: { selector: '.msg-s-event-listitem__body', mustMatchOn: inBothLanguages(...WITH_MESSAGING) },
  messageFromOther: {
    selector: '.msg-s-event-listitem--other',
    mustMatchOn: [],
    unproven: 'LinkedIn marks the other person\'s messages with this modifier (uncertain); the fixture marks ours (--outgoing) instead',
  },
  messagingThreadTitle: {
    selector: '.msg-entity-lockup__entity-title, .msg-overlay-bubble-header__title',
    mustMatchOn: inBothLanguages(...WITH_MESSAGING),
  },
  messagingSendButton: { selector: '.msg-form__send-btn, .msg-form__send-button', mustMatchOn: inBothLanguages(...WITH_MESSAGING) },
} satisfies SelectorTable;

/** The post author's name follows these control-menu label prefixes. */
export const POST_AUTHOR_MENU_PREFIXES = ['Open control menu for post by ', 'Ouvrir le menu de commandes pour la publication de '];

export const LINKEDIN_PRIVATE_PATHS = ['/messaging'];
/** The hidden frame LinkedIn preloads, with a decoy Quill editor. */
export const LINKEDIN_HELPER_PATHS = ['/preload'];
