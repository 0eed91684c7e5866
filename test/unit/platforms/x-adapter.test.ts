// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://x.com/home" }
// X on hand-written snippets: modal and inline replies find their post, the home composer answers nothing, both DM composers are private.
import { afterEach, describe, expect, it } from 'vitest';
import { xAdapter } from '../../../lib/page/platforms/x';

const HOME = { pathname: '/home', hostname: 'x.com' };
const STATUS = { pathname: '/julie_mrtn/status/1', hostname: 'x.com' };

const tweet = (name: string, handle: string, text: string) => `<article data-testid="tweet">
  <div data-testid="User-Name"><a href="/${handle}"><span>${name}</span></a><a href="/${handle}"><span>@${handle}</span></a><span aria-hidden="true"> · </span></div>
  <div data-testid="tweetText" lang="fr"><span>${text}</span><a href="/brandtruc">@brandtruc</a></div>
  <div role="group"><button data-testid="reply">12</button></div></article>`;
const composer = (id: string, button: string) => `<div data-name="${id}">
  <div data-testid="tweetTextarea_0RichTextInputContainer"><div class="DraftEditor-root"><div class="DraftEditor-editorContainer">
    <div class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_0" aria-label="Post text"><div data-contents="true"></div></div>
  </div></div></div>
  <div data-testid="toolBar"><button data-testid="${button}" data-name="send-${id}" aria-disabled="true">Reply</button></div></div>`;
const editableIn = (id: string) => document.querySelector<HTMLElement>(`[data-name="${id}"] [contenteditable="true"]`)!;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('X composers', () => {
  it('the reply modal answers the post shown above it in the dialog', () => {
    document.body.innerHTML = `<div id="layers"><div role="dialog" aria-modal="true">${tweet('Sam Lee', 'samlee', 'my bottle arrived with a dent')}
      <div>Replying to <a href="/samlee">@samlee</a></div>${composer('modal', 'tweetButton')}</div></div>`;
    const modal = editableIn('modal');
    expect(xAdapter.describeBox(modal, HOME)).toEqual({ kind: 'reply', isPublic: true });
    expect(xAdapter.findIncoming(modal)).toEqual({ text: 'my bottle arrived with a dent@brandtruc', author: 'Sam Lee', firstName: 'Sam' });
    expect(xAdapter.findSendButton(modal)?.dataset.name).toBe('send-modal');
    expect(xAdapter.sendKeyFor('reply')).toEqual({ key: 'Enter', withModifier: true });
  });

  it('an inline composer answers the post in the nearest cell above its own, not the focal post further up', () => {
    document.body.innerHTML = `<div data-testid="primaryColumn">
      <div data-testid="cellInnerDiv">${tweet('Julie Martin', 'julie_mrtn', 'Commande BT-20931')}</div>
      <div data-testid="cellInnerDiv">${composer('inline', 'tweetButtonInline')}</div>
      <div data-testid="cellInnerDiv">${tweet('Tom Baker', 'tom_b', 'Same here')}</div>
      <div data-testid="cellInnerDiv">${composer('under-tom', 'tweetButtonInline')}</div></div>`;
    expect(xAdapter.findIncoming(editableIn('inline'))?.author).toBe('Julie Martin');
    expect(xAdapter.findIncoming(editableIn('under-tom'))?.author).toBe('Tom Baker');
    expect(xAdapter.findSendButton(editableIn('inline'))?.dataset.name).toBe('send-inline');
    expect(xAdapter.findSendButton(editableIn('under-tom'))?.dataset.name).toBe('send-under-tom');
  });

  it('the home composer is a top-level composer: no incoming message', () => {
    document.body.innerHTML = `<div data-testid="primaryColumn">${composer('home', 'tweetButtonInline')}
      <section><div data-testid="cellInnerDiv">${tweet('Brandtruc', 'brandtruc', 'Nouvelle gourde')}</div></section></div>`;
    const home = editableIn('home');
    expect(xAdapter.describeBox(home, HOME)).toEqual({ kind: 'composer', isPublic: true });
    expect(xAdapter.findIncoming(home)).toBeNull();
  });

  it('on a conversation page a composer cell whose post scrolled out of the DOM is still a reply, with no incoming message', () => {
    document.body.innerHTML = `<div data-testid="cellInnerDiv">${composer('inline', 'tweetButtonInline')}</div>`;
    expect(xAdapter.describeBox(editableIn('inline'), STATUS)).toEqual({ kind: 'reply', isPublic: true });
    expect(xAdapter.findIncoming(editableIn('inline'))).toBeNull();
  });
});

describe('X DMs', () => {
  it('the /i/chat textarea is private, sends with Enter and answers the last message', () => {
    document.body.innerHTML = `<section data-testid="dm-conversation-panel"><h2>Julie Martin</h2>
      <div data-testid="dm-message-list"><div data-testid="message-text">Bonjour</div><div data-testid="message-text">Ma commande BT-1</div></div>
      <div data-testid="dm-composer-container"><textarea data-testid="dm-composer-textarea"></textarea><button data-testid="dm-composer-send-button">➤</button></div></section>`;
    const dm = document.querySelector('textarea')!;
    expect(xAdapter.findReplyBoxes(document)).toEqual([dm]);
    expect(xAdapter.describeBox(dm, { pathname: '/i/chat/123', hostname: 'x.com' })).toEqual({ kind: 'dm', isPublic: false });
    expect(xAdapter.findIncoming(dm)).toEqual({ text: 'Ma commande BT-1', author: 'Julie Martin', firstName: 'Julie' });
    expect(xAdapter.findSendButton(dm)?.dataset.testid).toBe('dm-composer-send-button');
    expect(xAdapter.sendKeyFor('dm')).toEqual({ key: 'Enter', withModifier: false });
  });

  it('the legacy /messages Draft.js composer is found and private even off a DM path', () => {
    document.body.innerHTML = `<div><h2>Tom Baker</h2><div data-testid="messageEntry">Where is my parcel?</div>
      <div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="dmComposerTextInput"></div></div>
      <button data-testid="dmComposerSendButton">Send</button></div>`;
    const [legacy] = xAdapter.findReplyBoxes(document);
    expect(legacy?.dataset.testid).toBe('dmComposerTextInput');
    expect(xAdapter.describeBox(legacy, HOME)).toEqual({ kind: 'dm', isPublic: false });
    expect(xAdapter.findIncoming(legacy)).toEqual({ text: 'Where is my parcel?', author: 'Tom Baker', firstName: 'Tom' });
    expect(xAdapter.findSendButton(legacy)?.dataset.testid).toBe('dmComposerSendButton');
  });

  it('a contenteditable DM composer in the new chat container is found too', () => {
    document.body.innerHTML = `<div data-testid="dm-composer-container"><div contenteditable="true" role="textbox" aria-label="Unencrypted message"></div></div>`;
    expect(xAdapter.findReplyBoxes(document).map((box) => box.getAttribute('aria-label'))).toEqual(['Unencrypted message']);
  });
});
