// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://www.facebook.com/" }
// Facebook thread walking on hand-written snippets: reply vs top-level comment, the composer, Messenger, and missing thread DOM.
import { afterEach, describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../../lib/page/platforms/facebook';

const FEED = { pathname: '/', hostname: 'www.facebook.com' };
const box = (label: string) => `<form role="presentation"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="${label}"><p><br></p></div>
  <div id="focused-state-composer-submit"><div role="button" aria-label="Comment" aria-disabled="true" data-name="send-${label}"></div></div></form>`;
const editable = (label: string) => document.querySelector<HTMLElement>(`[data-lexical-editor][aria-label="${label}"]`)!;

function post(inner: string): string {
  return `<div data-pagelet="FeedUnit_1"><div role="article">
    <div data-ad-rendering-role="profile_name"><h3><a href="/brandtruc"><strong>Brandtruc</strong></a></h3><a href="/brandtruc/posts/1">5 h</a></div>
    <div data-ad-rendering-role="story_message"><div dir="auto">Nouvelle collection <img alt="🌸"> en ligne<div role="button">See more</div></div></div>
    ${inner}
  </div></div>`;
}

const comment = (name: string, text: string) =>
  `<div role="article" aria-label="Comment by ${name} 2 hours ago"><a href="/${name}"><span>${name}</span></a><div dir="auto">${text}</div><div role="button">Reply</div></div>`;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Facebook boxes under a post', () => {
  it('a box under a comment (its sibling, not inside it) replies to that comment, whatever its label says', () => {
    document.body.innerHTML = post(`<ul>
      <li>${comment('Alice Martin', 'Mon colis n’est jamais arrivé.')}<div class="replies">${box('Zmień odpowiedź')}</div></li>
      <li>${comment('Bob Carter', 'Love it!')}</li></ul>`);
    const reply = editable('Zmień odpowiedź');
    expect(facebookAdapter.describeBox(reply, FEED)).toEqual({ kind: 'reply', isPublic: true });
    expect(facebookAdapter.findIncoming(reply)).toEqual({ text: 'Mon colis n’est jamais arrivé.', author: 'Alice Martin', firstName: 'Alice' });
  });

  it('the box after the comment list answers the post, not the last comment', () => {
    document.body.innerHTML = post(`<ul><li>${comment('Alice Martin', 'Bonjour')}</li></ul>${box('Comment as Brandtruc')}`);
    const top = editable('Comment as Brandtruc');
    expect(facebookAdapter.describeBox(top, FEED)).toEqual({ kind: 'comment', isPublic: true });
    expect(facebookAdapter.findIncoming(top)).toEqual({ text: 'Nouvelle collection 🌸 en ligne', author: 'Brandtruc', firstName: 'Brandtruc' });
  });

  const thread = (label: string) =>
    post(`<div role="article" aria-label="Comment by Chloé Bernard"><a href="/chloe"><span>Chloé Bernard</span></a>
      <div dir="auto">Même chose pour moi</div>
      ${comment('Bob Carter', 'Pareil')}
      ${box(label)}</div>`);

  it('in a thread, the box answers the comment its label names (any language), and a comment’s replies stay out of its text', () => {
    document.body.innerHTML = thread('Antworten an Chloé Bernard');
    expect(facebookAdapter.findIncoming(editable('Antworten an Chloé Bernard'))).toEqual({
      text: 'Même chose pour moi',
      author: 'Chloé Bernard',
      firstName: 'Chloé',
    });
  });

  it('in a thread, a box whose label names nobody answers the nearest comment above it', () => {
    document.body.innerHTML = thread('Write a reply…');
    expect(facebookAdapter.findIncoming(editable('Write a reply…'))).toEqual({ text: 'Pareil', author: 'Bob Carter', firstName: 'Bob' });
  });

  it('finds the box’s own submit control, not the next box’s', () => {
    document.body.innerHTML = post(`<ul><li>${comment('Alice Martin', 'Bonjour')}<div>${box('Reply to Alice Martin')}</div></li></ul>${box('Comment as Brandtruc')}`);
    expect(facebookAdapter.findSendButton(editable('Reply to Alice Martin'))?.dataset.name).toBe('send-Reply to Alice Martin');
    expect(facebookAdapter.findSendButton(editable('Comment as Brandtruc'))?.dataset.name).toBe('send-Comment as Brandtruc');
  });
});

describe('Facebook boxes outside posts', () => {
  it('a Lexical box in the create-post dialog is a composer that answers nothing', () => {
    document.body.innerHTML = `<div role="dialog" aria-label="Create post"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="What's on your mind?"><p></p></div></div>`;
    const composer = document.querySelector<HTMLElement>('[data-lexical-editor]')!;
    expect(facebookAdapter.describeBox(composer, FEED)).toEqual({ kind: 'composer', isPublic: true });
    expect(facebookAdapter.findIncoming(composer)).toBeNull();
  });

  it('a Messenger box is private by its label, its container or the path, and answers the contact’s last message', () => {
    document.body.innerHTML = `<div><h2><a href="/messages/t/1">Julie Durand</a></h2>
      <div role="grid"><div role="row"><div dir="auto">Bonjour</div></div><div role="row"><div dir="auto">Ma commande BT-1</div></div></div>
      <div aria-label="Thread composer"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Écrire à Julie"><p></p></div></div></div>`;
    const messenger = document.querySelector<HTMLElement>('[data-lexical-editor]')!;
    expect(facebookAdapter.describeBox(messenger, FEED)).toEqual({ kind: 'dm', isPublic: false });
    expect(facebookAdapter.findIncoming(messenger)).toEqual({ text: 'Ma commande BT-1', author: 'Julie Durand', firstName: 'Julie' });
    expect(facebookAdapter.findSendButton(messenger)).toBeNull();
    expect(facebookAdapter.sendKeyFor('dm')).toEqual({ key: 'Enter', withModifier: false });
  });

  it('any box on a /messages/ page is private', () => {
    document.body.innerHTML = box('Comment as Brandtruc');
    expect(facebookAdapter.describeBox(editable('Comment as Brandtruc'), { pathname: '/messages/t/9', hostname: 'www.facebook.com' })).toEqual({
      kind: 'dm',
      isPublic: false,
    });
  });

  it('missing thread DOM gives no incoming message instead of an error', () => {
    document.body.innerHTML = box('Reply to Alice Martin');
    const lonely = editable('Reply to Alice Martin');
    expect(facebookAdapter.describeBox(lonely, FEED)).toEqual({ kind: 'reply', isPublic: true });
    expect(facebookAdapter.findIncoming(lonely)).toBeNull();
    const detached = document.createElement('div');
    expect(facebookAdapter.findIncoming(detached)).toBeNull();
    expect(facebookAdapter.findSendButton(detached)).toBeNull();
    expect(facebookAdapter.findIncoming(null as unknown as HTMLElement)).toBeNull();
  });
});
