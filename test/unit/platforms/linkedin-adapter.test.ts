// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://www.linkedin.com/feed/" }
// LinkedIn on hand-written snippets: the SDUI comment box beside its post, replies answering their comment, legacy Quill, messaging.
import { afterEach, describe, expect, it } from 'vitest';
import { linkedinAdapter } from '../../../lib/page/platforms/linkedin';

const FEED = { pathname: '/feed/', hostname: 'www.linkedin.com' };
const tiptap = (key: string, label = 'Text editor for creating comment') => `<div componentkey="commentBox-${key}">
  <div data-testid="ui-core-tiptap-text-editor-wrapper"><div class="tiptap ProseMirror" contenteditable="true" role="textbox" aria-label="${label}" data-name="${key}"><p></p></div></div>
  <div componentkey="commentButtonSection-${key}"><button data-name="send-${key}">Comment</button></div></div>`;
const sduiPost = (urn: string, author: string, text: string) => `<div componentkey="expanded${urn}FeedType_MAIN_FEED_RELEVANCE">
  <a href="https://www.linkedin.com/company/x/"><div>B</div><span>${author}</span></a>
  <button aria-label="Open control menu for post by ${author}">…</button>
  <div data-testid="expandable-text-box"><span>${text}</span><button data-testid="expandable-text-button">…more</button></div></div>`;
const editable = (name: string) => document.querySelector<HTMLElement>(`[data-name="${name}"]`)!;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('LinkedIn SDUI build', () => {
  it('the comment box beside the post (not inside it) answers that post, without the "…more" text', () => {
    document.body.innerHTML = `<div data-testid="mainFeed">
      <div role="listitem">${sduiPost('urn:li:activity:1', 'Carol Diaz', 'Premier post')}</div>
      <div role="listitem">${sduiPost('urn:li:activity:2', 'Brandtruc', 'Nouvel entrepôt à Lyon')}${tiptap('post2')}<div></div></div></div>`;
    const box = editable('post2');
    expect(linkedinAdapter.describeBox(box, FEED)).toEqual({ kind: 'comment', isPublic: true });
    expect(linkedinAdapter.findIncoming(box)).toEqual({ text: 'Nouvel entrepôt à Lyon', author: 'Brandtruc', firstName: 'Brandtruc' });
    expect(linkedinAdapter.findSendButton(box)?.dataset.name).toBe('send-post2');
    expect(linkedinAdapter.sendKeyFor('comment')).toEqual({ key: 'Enter', withModifier: true });
  });

  it('a box with no post in its card answers nothing rather than the previous post of the feed', () => {
    document.body.innerHTML = `<div data-testid="mainFeed"><div role="listitem">${sduiPost('urn:li:activity:1', 'Carol Diaz', 'Premier post')}</div>
      <div role="listitem">${tiptap('orphan')}</div></div>`;
    expect(linkedinAdapter.findIncoming(editable('orphan'))).toBeNull();
  });

  it('a reply box inside a comment answers that comment, not the replies under it nor the post', () => {
    document.body.innerHTML = `<div role="listitem">${sduiPost('urn:li:activity:1', 'Brandtruc', 'Post')}
      <div componentkey="replaceableComment_urn:li:comment:(activity:1,9101)">
        <a href="https://www.linkedin.com/in/alice"><img alt=""><span>Alice Smith</span></a>
        <div data-testid="expandable-text-box"><span>Ma commande attend depuis 3 semaines</span></div>
        <div componentkey="replaceableComment_urn:li:comment:(activity:1,9102)"><a href="/in/bob"><span>Bob Ray</span></a>
          <div data-testid="expandable-text-box">Pareil</div></div>
        ${tiptap('reply', 'Éditeur de texte pour créer un commentaire')}
      </div></div>`;
    const reply = editable('reply');
    expect(linkedinAdapter.findReplyBoxes(document)).toEqual([reply]);
    expect(linkedinAdapter.describeBox(reply, FEED)).toEqual({ kind: 'reply', isPublic: true });
    expect(linkedinAdapter.findIncoming(reply)).toEqual({ text: 'Ma commande attend depuis 3 semaines', author: 'Alice Smith', firstName: 'Alice' });
  });
});

describe('LinkedIn legacy build', () => {
  it('Quill comment and reply boxes answer the post and the comment, each with its own submit button', () => {
    document.body.innerHTML = `<div class="feed-shared-update-v2" data-urn="urn:li:activity:7302">
      <span class="update-components-actor__title">Brandtruc</span>
      <div class="update-components-text feed-shared-text">Our spring catalogue is out.</div>
      <form class="comments-comment-box__form"><div class="comments-comment-box-comment__text-editor"><div class="ql-container">
        <div class="ql-editor" contenteditable="true" data-name="top"><p><br></p></div></div></div>
        <button class="comments-comment-box__submit-button--cr" data-name="send-top">Comment</button></form>
      <article class="comments-comment-entity comments-comment-item">
        <span class="comments-comment-meta__description-title">Emily Walker</span>
        <div class="comments-comment-item__main-content"><span class="update-components-text">Wrong items received.</span></div>
        <form class="comments-comment-box__form"><div class="comments-comment-texteditor"><div class="ql-container">
          <div class="ql-editor" contenteditable="true" data-name="reply"><p><br></p></div></div></div>
          <button class="comments-comment-box__submit-button--cr" data-name="send-reply">Reply</button></form>
      </article></div>`;
    expect(linkedinAdapter.findReplyBoxes(document).map((box) => box.dataset.name)).toEqual(['top', 'reply']);
    expect(linkedinAdapter.findIncoming(editable('top'))).toEqual({ text: 'Our spring catalogue is out.', author: 'Brandtruc', firstName: 'Brandtruc' });
    expect(linkedinAdapter.findIncoming(editable('reply'))).toEqual({ text: 'Wrong items received.', author: 'Emily Walker', firstName: 'Emily' });
    expect(linkedinAdapter.findSendButton(editable('top'))?.dataset.name).toBe('send-top');
    expect(linkedinAdapter.findSendButton(editable('reply'))?.dataset.name).toBe('send-reply');
  });
});

describe('LinkedIn share composer and messaging', () => {
  it('the share composer in #interop-outlet is a public composer that answers nothing', () => {
    document.body.innerHTML = '<div id="interop-outlet"></div>';
    const shadow = document.getElementById('interop-outlet')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<div role="dialog"><div class="ql-container"><div class="ql-editor" contenteditable="true"><p><br></p></div></div>
      <button class="share-actions__primary-action">Post</button></div>`;
    const [share] = linkedinAdapter.findReplyBoxes(document);
    expect(share?.getRootNode()).toBe(shadow);
    expect(linkedinAdapter.describeBox(share, FEED)).toEqual({ kind: 'composer', isPublic: true });
    expect(linkedinAdapter.findIncoming(share)).toBeNull();
    expect(linkedinAdapter.findSendButton(share)?.className).toBe('share-actions__primary-action');
  });

  it('messaging prefers the "--other" marker to pick the other person’s last message, and sends with Enter', () => {
    document.body.innerHTML = `<div class="msg-overlay-conversation-bubble"><h2 class="msg-entity-lockup__entity-title">Thomas Girard</h2>
      <ul><li><div class="msg-s-event-listitem msg-s-event-listitem--other"><p class="msg-s-event-listitem__body">Ma facture F-1</p></div></li>
        <li><div class="msg-s-event-listitem"><p class="msg-s-event-listitem__body">Nous regardons.</p></div></li></ul>
      <form class="msg-form"><div class="msg-form__contenteditable" contenteditable="true" role="textbox"><p></p></div>
        <button class="msg-form__send-btn" disabled>Send</button></form></div>`;
    const [message] = linkedinAdapter.findReplyBoxes(document);
    expect(linkedinAdapter.describeBox(message, FEED)).toEqual({ kind: 'dm', isPublic: false });
    expect(linkedinAdapter.findIncoming(message)).toEqual({ text: 'Ma facture F-1', author: 'Thomas Girard', firstName: 'Thomas' });
    expect(linkedinAdapter.findSendButton(message)?.className).toBe('msg-form__send-btn');
    expect(linkedinAdapter.sendKeyFor('dm')).toEqual({ key: 'Enter', withModifier: false });
  });
});
