// @vitest-environment happy-dom
// The send guard on a page: a blocked reply's send click and send key never reach the site's handlers; everything else does.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installSendGuard, type GuardedBox } from '../../../lib/page/junior/send-guard';
import type { SendVerdict } from '../../../lib/core/junior/send-verdict';
import type { PlatformAdapter, SendKey } from '../../../lib/page/platforms/types';

const BLOCKED: SendVerdict = {
  allowed: false,
  blocking: [{ ruleId: 'r', category: 'out_of_perimeter', severity: 'error', start: 0, end: 3, message: 'no refunds' }],
  suggestions: [{ id: 'p', text: 'Bonjour' }],
};

let stop: () => void = () => undefined;
let siteSends: string[];
let editable: HTMLElement;
let button: HTMLElement;
let verdict: SendVerdict;
let active: boolean;
const shown: unknown[] = [];

function setUp(sendKey: SendKey) {
  document.body.innerHTML = '<form id="f"><div id="box" contenteditable="true"></div><div role="button" id="send"><span id="icon">➤</span></div></form><div id="other" contenteditable="true"></div>';
  editable = document.getElementById('box')!;
  button = document.getElementById('send')!;
  // The "site": its own handlers on the editor and the button, as Lexical / React / Quill attach them.
  editable.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) siteSends.push(`key:${event.ctrlKey ? 'ctrl+' : ''}enter`);
  });
  editable.addEventListener('keyup', (event) => event.key === 'Enter' && siteSends.push('keyup'));
  button.addEventListener('click', () => siteSends.push('click'));
  document.getElementById('f')!.addEventListener('submit', (event) => {
    event.preventDefault();
    siteSends.push('submit');
  });
  const platform = { findSendButton: (box: HTMLElement) => (box === editable ? button : null), sendKeyFor: () => sendKey } as unknown as PlatformAdapter;
  const guarded: GuardedBox = {
    box: editable,
    platform,
    kind: () => 'comment',
    verdict: () => verdict,
    showBlocked: (blocked) => void shown.push(blocked),
  };
  stop = installSendGuard(window, { active: () => active, boxes: () => [guarded], boxAt: (node) => (editable.contains(node) ? guarded : undefined) });
}

const key = (target: HTMLElement, init: KeyboardEventInit, type = 'keydown') => target.dispatchEvent(new KeyboardEvent(type, { bubbles: true, cancelable: true, ...init }));

beforeEach(() => {
  siteSends = [];
  shown.length = 0;
  verdict = BLOCKED;
  active = true;
});
afterEach(() => stop());

describe('installSendGuard, Enter sends (Facebook, DMs)', () => {
  beforeEach(() => setUp({ key: 'Enter', withModifier: false }));

  it('stops the send key and its keyup before the site, and explains', () => {
    const notCancelled = key(editable, { key: 'Enter' });
    key(editable, { key: 'Enter' }, 'keyup');
    expect(notCancelled).toBe(false);
    expect(siteSends).toEqual([]);
    expect(shown).toEqual([BLOCKED]);
  });

  it('stops a click on the send button, even on its icon', () => {
    document.getElementById('icon')!.click();
    button.click();
    expect(siteSends).toEqual([]);
    expect(shown).toHaveLength(2);
  });

  it('stops a form submission of the box', () => {
    document.getElementById('f')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(siteSends).toEqual([]);
  });

  it('never stops Shift+Enter or typing', () => {
    expect(key(editable, { key: 'Enter', shiftKey: true })).toBe(true);
    expect(key(editable, { key: 'a' })).toBe(true);
    expect(shown).toEqual([]);
  });

  it('lets the reply go when the verdict allows it, outside junior mode, and in another box', () => {
    verdict = { allowed: true };
    key(editable, { key: 'Enter' });
    button.click();
    verdict = BLOCKED;
    active = false;
    key(editable, { key: 'Enter' });
    active = true;
    key(document.getElementById('other')!, { key: 'Enter' });
    expect(siteSends).toEqual(['key:enter', 'click', 'key:enter']);
  });

  it('lets the reply go when Gardefou itself fails: the CM is never stuck', () => {
    const failing = installSendGuard(window, {
      active: () => true,
      boxes: () => [],
      boxAt: () => ({
        box: editable,
        platform: { sendKeyFor: () => ({ key: 'Enter', withModifier: false }) } as unknown as PlatformAdapter,
        kind: () => 'comment',
        verdict: () => {
          throw new Error('unreadable');
        },
        showBlocked: () => undefined,
      }),
    });
    stop();
    key(editable, { key: 'Enter' });
    failing();
    expect(siteSends).toEqual(['key:enter']);
  });
});

describe('installSendGuard, Ctrl/Cmd+Enter sends (X, LinkedIn comments)', () => {
  beforeEach(() => setUp({ key: 'Enter', withModifier: true }));

  it('stops Ctrl+Enter and Cmd+Enter but not plain Enter (a new line)', () => {
    key(editable, { key: 'Enter', ctrlKey: true });
    key(editable, { key: 'Enter', metaKey: true });
    expect(siteSends).toEqual([]);
    key(editable, { key: 'Enter' });
    expect(siteSends).toEqual(['key:enter']);
  });
});
