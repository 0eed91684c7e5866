// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://www.facebook.com/groups/123/" }
// The fallback for editables the site adapter does not know: what it keeps, what it skips, and how it describes what it keeps.
import { beforeEach, describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../../lib/page/platforms/facebook';
import { fallbackAdapterFor, findFallbackBoxes } from '../../../lib/page/platforms/generic';

const found = () => findFallbackBoxes(document).map((box) => box.dataset.name);

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('findFallbackBoxes', () => {
  it('keeps textareas, contenteditables and editable role=textbox fields', () => {
    document.body.innerHTML = `
      <textarea data-name="textarea"></textarea>
      <div contenteditable="true" data-name="editable"></div>
      <div contenteditable="plaintext-only" data-name="plaintext"></div>
      <div role="textbox" contenteditable="true" data-name="textbox"></div>`;
    expect(found()).toEqual(['textarea', 'editable', 'plaintext', 'textbox']);
  });

  it('skips search boxes by role, container, type or label, in English and French', () => {
    document.body.innerHTML = `
      <div role="search"><textarea data-name="in-search-landmark"></textarea></div>
      <div contenteditable="true" role="searchbox" data-name="searchbox"></div>
      <div role="combobox"><div contenteditable="true" data-name="in-combobox"></div></div>
      <textarea aria-label="Search Facebook" data-name="labelled-search"></textarea>
      <textarea placeholder="Rechercher sur Facebook" data-name="placeholder-fr"></textarea>
      <div contenteditable="true" data-testid="SearchBox_Search_Input" data-name="testid"></div>
      <textarea data-name="kept"></textarea>`;
    expect(found()).toEqual(['kept']);
  });

  it('skips hidden, aria-hidden, inert, read-only, disabled and non-editable fields', () => {
    document.body.innerHTML = `
      <div hidden><textarea data-name="hidden-attribute"></textarea></div>
      <div style="display:none"><textarea data-name="display-none"></textarea></div>
      <textarea style="visibility:hidden" data-name="visibility-hidden"></textarea>
      <div aria-hidden="true"><div contenteditable="true" data-name="aria-hidden"></div></div>
      <div inert><textarea data-name="inert"></textarea></div>
      <textarea readonly data-name="readonly"></textarea>
      <textarea disabled data-name="disabled"></textarea>
      <div contenteditable="true" aria-readonly="true" data-name="aria-readonly"></div>
      <div role="textbox" data-name="static-textbox">not editable</div>
      <div contenteditable="false" data-name="contenteditable-false"></div>
      <textarea data-name="kept"></textarea>`;
    expect(found()).toEqual(['kept']);
  });

  it('counts an editor once: nested contenteditables are its islands, a role=textbox wrapper is its frame', () => {
    document.body.innerHTML = `
      <div contenteditable="true" data-name="outer"><p>a</p><div contenteditable="true" data-name="island"></div></div>
      <div role="textbox" data-name="frame"><textarea data-name="inner-textarea"></textarea></div>`;
    expect(found()).toEqual(['outer', 'inner-textarea']);
  });

  it('skips tiny fields once the page is laid out', () => {
    document.body.innerHTML = '<textarea data-name="tiny"></textarea><textarea data-name="roomy"></textarea>';
    const rect = (width: number, height: number) => () => new DOMRect(0, 0, width, height);
    document.documentElement.getBoundingClientRect = rect(1280, 900);
    const [tiny, roomy] = Array.from(document.querySelectorAll('textarea'));
    tiny.getBoundingClientRect = rect(3, 3);
    roomy.getBoundingClientRect = rect(400, 60);
    try {
      expect(found()).toEqual(['roomy']);
    } finally {
      delete (document.documentElement as Partial<HTMLElement>).getBoundingClientRect;
    }
  });
});

describe('fallbackAdapterFor', () => {
  const box = () => {
    document.body.innerHTML = '<textarea></textarea>';
    return document.querySelector('textarea')!;
  };

  it('describes an unknown box as a public comment that answers nothing and has no known send control', () => {
    const fallback = fallbackAdapterFor(facebookAdapter);
    const editable = box();
    expect(fallback.id).toBe('facebook');
    expect(fallback.describeBox(editable, { pathname: '/groups/123/', hostname: 'www.facebook.com' })).toEqual({ kind: 'comment', isPublic: true });
    expect(fallback.findIncoming(editable)).toBeNull();
    expect(fallback.findSendButton(editable)).toBeNull();
    expect(fallback.sendKeyFor('comment')).toEqual({ key: 'Enter', withModifier: false });
  });

  it('takes the site’s private pages as private', () => {
    expect(fallbackAdapterFor(facebookAdapter).describeBox(box(), { pathname: '/messages/t/1', hostname: 'www.facebook.com' })).toEqual({
      kind: 'dm',
      isPublic: false,
    });
  });

  it('is platform "other" off the three sites', () => {
    const fallback = fallbackAdapterFor(null);
    expect(fallback.id).toBe('other');
    expect(fallback.describeBox(box(), { pathname: '/messages/t/1', hostname: 'example.com' })).toEqual({ kind: 'comment', isPublic: true });
  });
});

describe('the fallback send control', () => {
  it('is the nearest control labelled like a send button, in English or French', () => {
    document.body.innerHTML =
      '<div id="a"><div><textarea id="ta"></textarea></div><button>Attach</button><button aria-label="Envoyer">➤</button></div>' +
      '<div id="b"><div contenteditable="true" id="ce"></div><div role="button">Reply</div></div>';
    const fallback = fallbackAdapterFor(null);
    expect(fallback.findSendButton(document.getElementById('ta')!)?.getAttribute('aria-label')).toBe('Envoyer');
    expect(fallback.findSendButton(document.getElementById('ce')!)?.textContent).toBe('Reply');
  });

  it('is never a control shared with another box, nor one that is not a send control', () => {
    document.body.innerHTML = '<div><textarea id="one"></textarea><textarea id="two"></textarea><button>Send</button></div><div><textarea id="three"></textarea><button>Cancel</button></div>';
    const fallback = fallbackAdapterFor(null);
    expect(fallback.findSendButton(document.getElementById('one')!)).toBeNull();
    expect(fallback.findSendButton(document.getElementById('three')!)).toBeNull();
  });
});
