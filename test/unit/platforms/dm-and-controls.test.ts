// @vitest-environment happy-dom
// Picking the other person's last message in a chat, and a box's own send control among several boxes.
import { afterEach, describe, expect, it } from 'vitest';
import { lastIncomingMessage } from '../../../lib/page/platforms/last-incoming-message';
import { findOwnControl } from '../../../lib/page/platforms/own-control';

afterEach(() => {
  document.body.innerHTML = '';
  document.body.removeAttribute('dir');
});

function thread(...sides: Array<'left' | 'right' | 'wide'>): { list: HTMLElement; messages: HTMLElement[] } {
  document.body.innerHTML = `<div id="thread">${sides.map((side, index) => `<div class="m" data-side="${side}">message ${index}</div>`).join('')}</div>`;
  const list = document.getElementById('thread')!;
  list.getBoundingClientRect = () => new DOMRect(0, 0, 600, 400);
  const messages = Array.from(list.querySelectorAll<HTMLElement>('.m'));
  const bubbles = { left: new DOMRect(8, 0, 250, 30), right: new DOMRect(342, 0, 250, 30), wide: new DOMRect(8, 0, 584, 30) };
  for (const message of messages) message.getBoundingClientRect = () => bubbles[message.dataset.side as keyof typeof bubbles];
  return { list, messages };
}

describe('lastIncomingMessage', () => {
  it('skips bubbles drawn on our side (the end edge) and takes the last one from the other side', () => {
    const { list, messages } = thread('left', 'left', 'right');
    expect(lastIncomingMessage(messages, list)).toBe(messages[1]);
  });

  it('reads sides the other way round in a right-to-left thread', () => {
    const { list, messages } = thread('right', 'left');
    list.style.direction = 'rtl';
    expect(lastIncomingMessage(messages, list)).toBe(messages[0]);
  });

  it('does not attribute full-width or unmeasured bubbles to us', () => {
    const { list, messages } = thread('left', 'wide');
    expect(lastIncomingMessage(messages, list)).toBe(messages[1]);
    document.body.innerHTML = '<div id="t"><p>a</p><p>b</p></div>';
    const unmeasured = Array.from(document.querySelectorAll('p'));
    expect(lastIncomingMessage(unmeasured, document.getElementById('t')!)).toBe(unmeasured[1]);
  });

  it('trusts the site’s own "from the other person" marker over the layout', () => {
    const { list, messages } = thread('right', 'left');
    messages[0].classList.add('from-other');
    expect(lastIncomingMessage(messages, list, { fromOtherSelector: '.from-other' })).toBe(messages[0]);
  });

  it('is null when every message is ours or there are none', () => {
    const { list, messages } = thread('right', 'right');
    expect(lastIncomingMessage(messages, list)).toBeNull();
    expect(lastIncomingMessage([], list)).toBeNull();
  });
});

describe('findOwnControl', () => {
  const holdsAnotherBox = (container: Element, own: HTMLElement) =>
    Array.from(container.querySelectorAll('[contenteditable="true"]')).some((box) => box !== own);

  it('takes the nearest control around the box and never one that belongs to another box', () => {
    document.body.innerHTML = `<section>
      <div class="a"><div><div contenteditable="true" id="a"></div></div><button class="send" id="send-a"></button></div>
      <div class="b"><div contenteditable="true" id="b"></div></div>
      <button class="send" id="send-far"></button></section>`;
    expect(findOwnControl(document.getElementById('a')!, '.send', holdsAnotherBox)?.id).toBe('send-a');
    expect(findOwnControl(document.getElementById('b')!, '.send', holdsAnotherBox)).toBeNull();
  });

  it('ignores controls inside the editable itself', () => {
    document.body.innerHTML = '<div><div contenteditable="true" id="a"><button class="send">in text</button></div></div>';
    expect(findOwnControl(document.getElementById('a')!, '.send', holdsAnotherBox)).toBeNull();
  });
});
