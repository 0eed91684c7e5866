// Every selector the Facebook adapter uses, each with the fixture pages where it must match (platform-dom.md §1).
// Class names are generated atoms on facebook.com: anchors are data attributes, roles and aria-labels (EN and FR).
import { inBothLanguages, inEnglish, inFrench, type SelectorTable } from './proven-selector';

const FEED = ['facebook', 'facebook-post'] as const;
const WITH_CHAT = ['facebook', 'facebook-post', 'facebook-messenger'] as const;
/** Every page with a Messenger thread: facebook.com's, messenger.com's, and a conversation in Business Suite's inbox. */
const ALL_CHATS = [...WITH_CHAT, 'facebook-messenger-com', 'facebook-business-messenger'] as const;
/** Meta Business Suite's inbox (business.facebook.com/latest/inbox): a conversation, or a post's comments. */
const BUSINESS = ['facebook-business-messenger', 'facebook-business-comments'] as const;

export const FACEBOOK_SELECTORS = {
  /** Every Facebook reply box (comments, replies, post composer, Messenger) is this Lexical textbox. */
  lexicalTextbox: { selector: '[data-lexical-editor="true"][contenteditable="true"]', mustMatchOn: inBothLanguages(...WITH_CHAT, 'facebook-messenger-com', ...BUSINESS) },

  commentBoxLabelEn: { selector: '[data-lexical-editor][aria-label^="Comment as "]', mustMatchOn: inEnglish(...FEED) },
  commentBoxLabelFr: { selector: '[data-lexical-editor][aria-label^="Commenter en tant que "]', mustMatchOn: inFrench(...FEED) },
  commentBoxPlaceholderLabel: {
    selector:
      '[data-lexical-editor][aria-label^="Write a comment"], [data-lexical-editor][aria-label^="Write a public comment"], [data-lexical-editor][aria-label^="Écrivez un commentaire"]',
    mustMatchOn: [],
    unproven: 'the other comment-box label seen in 2026 sources; the fixture uses "Comment as …"',
  },
  replyBoxLabelEn: { selector: '[data-lexical-editor][aria-label^="Reply to "]', mustMatchOn: inEnglish(...FEED) },
  replyBoxLabelFr: { selector: '[data-lexical-editor][aria-label^="Répondre à "]', mustMatchOn: inFrench(...FEED) },
  answerBoxLabel: {
    selector: '[data-lexical-editor][aria-label^="Answer as "]',
    mustMatchOn: [],
    unproven: 'Q&A-style group posts only (platform-dom.md, uncertain); not in the fixture',
  },

  /** Messenger's composer label: "Message" in both languages (FR uncertain). */
  messengerBoxLabel: { selector: '[data-lexical-editor][aria-label="Message"]', mustMatchOn: inBothLanguages(...WITH_CHAT, 'facebook-messenger-com') },
  messengerPlaceholder: { selector: '[data-lexical-editor][aria-placeholder="Aa"]', mustMatchOn: inBothLanguages(...WITH_CHAT, 'facebook-messenger-com') },
  /** Container of the Messenger composer, docked popup or /messages/ page; its label is English in every locale. */
  threadComposer: { selector: '[aria-label="Thread composer"]', mustMatchOn: inBothLanguages(...WITH_CHAT, 'facebook-messenger-com') },
  messengerMessage: { selector: '[role="grid"] [role="row"]', mustMatchOn: inBothLanguages(...ALL_CHATS) },
  messengerThreadTitle: { selector: 'h2', mustMatchOn: inBothLanguages(...ALL_CHATS) },

  /** Business Suite's reply box in a Messenger conversation (private), and under a comment, answering as the Page (public). */
  businessMessengerReplyLabel: {
    selector: '[data-lexical-editor][aria-label^="Reply in Messenger"], [data-lexical-editor][aria-label^="Répondre dans Messenger"]',
    mustMatchOn: inBothLanguages('facebook-business-messenger'),
  },
  businessReplyAsLabel: {
    selector: '[data-lexical-editor][aria-label^="Reply as "], [data-lexical-editor][aria-label^="Répondre en tant que "]',
    mustMatchOn: inBothLanguages('facebook-business-comments'),
  },
  businessSendLabel: { selector: '[role="button"][aria-label="Send"], [role="button"][aria-label="Envoyer"]', mustMatchOn: inBothLanguages('facebook-business-messenger') },

  /** Posts and comments: a comment is a role=article nested in the post's role=article. */
  article: { selector: '[role="article"]', mustMatchOn: inBothLanguages(...FEED, 'facebook-business-comments') },
  commentArticle: { selector: '[role="article"] [role="article"]', mustMatchOn: inBothLanguages(...FEED, 'facebook-business-comments') },
  commentArticleLabel: {
    selector: '[role="article"][aria-label^="Comment by "], [role="article"][aria-label^="Reply by "], [role="article"][aria-label^="Commentaire de "], [role="article"][aria-label^="Réponse de "]',
    mustMatchOn: inBothLanguages(...FEED, 'facebook-business-comments'),
  },
  /** Inside a comment article: its text paragraphs, and its author's link (the first link with text). */
  commentParagraph: { selector: 'div[dir="auto"]', mustMatchOn: inBothLanguages(...ALL_CHATS, 'facebook-business-comments') },
  commentAuthorLink: { selector: 'a[href]', mustMatchOn: inBothLanguages(...FEED, 'facebook-business-comments') },
  postUnit: { selector: '[data-pagelet*="FeedUnit"], [data-pagelet*="ProfileTimeline"]', mustMatchOn: inBothLanguages(...FEED) },
  postDialog: { selector: '[role="dialog"]', mustMatchOn: inBothLanguages('facebook-post') },
  postText: {
    selector: '[data-ad-rendering-role="story_message"], [data-ad-preview="message"], [data-ad-comet-preview="message"]',
    mustMatchOn: inBothLanguages(...FEED),
  },
  postAuthor: { selector: '[data-ad-rendering-role="profile_name"]', mustMatchOn: inBothLanguages(...FEED) },
  postAuthorName: {
    selector: '[data-ad-rendering-role="profile_name"] h2 a, [data-ad-rendering-role="profile_name"] h3 a, [data-ad-rendering-role="profile_name"] strong',
    mustMatchOn: inBothLanguages(...FEED),
  },

  /** Comment and reply submit controls; empty boxes keep them aria-disabled. */
  submitContainer: { selector: '#focused-state-composer-submit [role="button"]', mustMatchOn: inBothLanguages(...FEED) },
  submitLabelEn: {
    selector: '[role="button"][aria-label="Comment"], [role="button"][aria-label="Reply"], [role="button"][aria-label="Post comment"], [role="button"][aria-label="Post"]',
    mustMatchOn: inEnglish(...FEED),
  },
  submitLabelFr: {
    selector: '[role="button"][aria-label="Commenter"], [role="button"][aria-label="Répondre"], [role="button"][aria-label="Publier"]',
    mustMatchOn: inFrench(...FEED),
  },
  messengerSendLabel: {
    selector: '[role="button"][aria-label="Press enter to send"], [role="button"][aria-label="Press Enter to send"], [role="button"][aria-label^="Appuyez sur Entrée"]',
    mustMatchOn: [],
    unproven: 'Messenger shows a send control only while the box holds text (label not in platform-dom.md); the fixture sends with Enter only',
  },
} satisfies SelectorTable;

/** Label prefixes that name a comment's author, stripped to read the name when no author link is found. */
export const COMMENT_AUTHOR_LABEL_PREFIXES = ['Comment by ', 'Reply by ', 'Commentaire de ', 'Réponse de '];

/** Messenger lives under these paths (facebook.com) and everywhere on messenger.com. */
export const FACEBOOK_PRIVATE_PATHS = ['/messages'];
