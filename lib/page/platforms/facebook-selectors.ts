// Every selector the Facebook adapter uses (platform-dom.md §1), then the fixture pages where each must match: the proofs are a
// table of their own, which only the tests import, so the content script carries the selectors alone.
// Class names are generated atoms on facebook.com: anchors are data attributes, roles and aria-labels (EN and FR).
import { inBothLanguages, inEnglish, inFrench, type SelectorProofs, type SelectorTable } from './proven-selector';

const FEED = ['facebook', 'facebook-post'] as const;
const WITH_CHAT = ['facebook', 'facebook-post', 'facebook-messenger'] as const;
/** Every page with a Messenger thread: facebook.com's, messenger.com's, and a conversation in Business Suite's inbox. */
const ALL_CHATS = [...WITH_CHAT, 'facebook-messenger-com', 'facebook-business-messenger'] as const;
/** Meta Business Suite's inbox (business.facebook.com/latest/inbox): a conversation, or a post's comments. */
const BUSINESS = ['facebook-business-messenger', 'facebook-business-comments'] as const;

export const FACEBOOK_SELECTORS = {
  /** Every Facebook reply box (comments, replies, post composer, Messenger) is this Lexical textbox. */
  lexicalTextbox: '[data-lexical-editor="true"][contenteditable="true"]',

  commentBoxLabelEn: '[data-lexical-editor][aria-label^="Comment as "]',
  commentBoxLabelFr: '[data-lexical-editor][aria-label^="Commenter en tant que "]',
  commentBoxPlaceholderLabel: '[data-lexical-editor][aria-label^="Write a comment"], [data-lexical-editor][aria-label^="Write a public comment"], [data-lexical-editor][aria-label^="Écrivez un commentaire"]',
  replyBoxLabelEn: '[data-lexical-editor][aria-label^="Reply to "]',
  replyBoxLabelFr: '[data-lexical-editor][aria-label^="Répondre à "]',
  answerBoxLabel: '[data-lexical-editor][aria-label^="Answer as "]',

  /** Messenger's composer label: "Message" in both languages (FR uncertain). */
  messengerBoxLabel: '[data-lexical-editor][aria-label="Message"]',
  messengerPlaceholder: '[data-lexical-editor][aria-placeholder="Aa"]',
  /** Container of the Messenger composer, docked popup or /messages/ page; its label is English in every locale. */
  threadComposer: '[aria-label="Thread composer"]',
  messengerMessage: '[role="grid"] [role="row"]',
  messengerThreadTitle: 'h2',

  /** Business Suite's reply box in a Messenger conversation (private), and under a comment, answering as the Page (public). */
  businessMessengerReplyLabel: '[data-lexical-editor][aria-label^="Reply in Messenger"], [data-lexical-editor][aria-label^="Répondre dans Messenger"]',
  businessReplyAsLabel: '[data-lexical-editor][aria-label^="Reply as "], [data-lexical-editor][aria-label^="Répondre en tant que "]',
  businessSendLabel: '[role="button"][aria-label="Send"], [role="button"][aria-label="Envoyer"]',

  /** Posts and comments: a comment is a role=article nested in the post's role=article. */
  article: '[role="article"]',
  commentArticle: '[role="article"] [role="article"]',
  commentArticleLabel: '[role="article"][aria-label^="Comment by "], [role="article"][aria-label^="Reply by "], [role="article"][aria-label^="Commentaire de "], [role="article"][aria-label^="Réponse de "]',
  /** Inside a comment article: its text paragraphs, and its author's link (the first link with text). */
  commentParagraph: 'div[dir="auto"]',
  commentAuthorLink: 'a[href]',
  postUnit: '[data-pagelet*="FeedUnit"], [data-pagelet*="ProfileTimeline"]',
  postDialog: '[role="dialog"]',
  postText: '[data-ad-rendering-role="story_message"], [data-ad-preview="message"], [data-ad-comet-preview="message"]',
  postAuthor: '[data-ad-rendering-role="profile_name"]',
  postAuthorName: '[data-ad-rendering-role="profile_name"] h2 a, [data-ad-rendering-role="profile_name"] h3 a, [data-ad-rendering-role="profile_name"] strong',

  /** Comment and reply submit controls; empty boxes keep them aria-disabled. */
  submitContainer: '#focused-state-composer-submit [role="button"]',
  submitLabelEn: '[role="button"][aria-label="Comment"], [role="button"][aria-label="Reply"], [role="button"][aria-label="Post comment"], [role="button"][aria-label="Post"]',
  submitLabelFr: '[role="button"][aria-label="Commenter"], [role="button"][aria-label="Répondre"], [role="button"][aria-label="Publier"]',
  messengerSendLabel: '[role="button"][aria-label="Press enter to send"], [role="button"][aria-label="Press Enter to send"], [role="button"][aria-label^="Appuyez sur Entrée"]',
} satisfies SelectorTable;

/** Where each selector must match, or why no fixture can show it (test/unit/platforms/selector-tables.test.ts, test/e2e/platforms.spec.ts). */
export const FACEBOOK_SELECTOR_PROOFS: SelectorProofs<typeof FACEBOOK_SELECTORS> = {
  lexicalTextbox: { mustMatchOn: inBothLanguages(...WITH_CHAT, 'facebook-messenger-com', ...BUSINESS) },

  commentBoxLabelEn: { mustMatchOn: inEnglish(...FEED) },
  commentBoxLabelFr: { mustMatchOn: inFrench(...FEED) },
  commentBoxPlaceholderLabel: { mustMatchOn: [], unproven: 'the other comment-box label seen in 2026 sources; the fixture uses "Comment as …"' },
  replyBoxLabelEn: { mustMatchOn: inEnglish(...FEED) },
  replyBoxLabelFr: { mustMatchOn: inFrench(...FEED) },
  answerBoxLabel: { mustMatchOn: [], unproven: 'Q&A-style group posts only (platform-dom.md, uncertain); not in the fixture' },

  messengerBoxLabel: { mustMatchOn: inBothLanguages(...WITH_CHAT, 'facebook-messenger-com') },
  messengerPlaceholder: { mustMatchOn: inBothLanguages(...WITH_CHAT, 'facebook-messenger-com') },
  threadComposer: { mustMatchOn: inBothLanguages(...WITH_CHAT, 'facebook-messenger-com') },
  messengerMessage: { mustMatchOn: inBothLanguages(...ALL_CHATS) },
  messengerThreadTitle: { mustMatchOn: inBothLanguages(...ALL_CHATS) },

  businessMessengerReplyLabel: { mustMatchOn: inBothLanguages('facebook-business-messenger') },
  businessReplyAsLabel: { mustMatchOn: inBothLanguages('facebook-business-comments') },
  businessSendLabel: { mustMatchOn: inBothLanguages('facebook-business-messenger') },

  article: { mustMatchOn: inBothLanguages(...FEED, 'facebook-business-comments') },
  commentArticle: { mustMatchOn: inBothLanguages(...FEED, 'facebook-business-comments') },
  commentArticleLabel: { mustMatchOn: inBothLanguages(...FEED, 'facebook-business-comments') },
  commentParagraph: { mustMatchOn: inBothLanguages(...ALL_CHATS, 'facebook-business-comments') },
  commentAuthorLink: { mustMatchOn: inBothLanguages(...FEED, 'facebook-business-comments') },
  postUnit: { mustMatchOn: inBothLanguages(...FEED) },
  postDialog: { mustMatchOn: inBothLanguages('facebook-post') },
  postText: { mustMatchOn: inBothLanguages(...FEED) },
  postAuthor: { mustMatchOn: inBothLanguages(...FEED) },
  postAuthorName: { mustMatchOn: inBothLanguages(...FEED) },

  submitContainer: { mustMatchOn: inBothLanguages(...FEED) },
  submitLabelEn: { mustMatchOn: inEnglish(...FEED) },
  submitLabelFr: { mustMatchOn: inFrench(...FEED) },
  messengerSendLabel: { mustMatchOn: [], unproven: 'Messenger shows a send control only while the box holds text (label not in platform-dom.md); the fixture sends with Enter only' },
};

/** Label prefixes that name a comment's author, stripped to read the name when no author link is found. */
export const COMMENT_AUTHOR_LABEL_PREFIXES = ['Comment by ', 'Reply by ', 'Commentaire de ', 'Réponse de '];

/** Messenger lives under these paths (facebook.com) and everywhere on messenger.com. */
export const FACEBOOK_PRIVATE_PATHS = ['/messages'];
