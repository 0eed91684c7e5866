// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://www.linkedin.com/feed/" }
// The page-wide search: site boxes first, fallback boxes for the rest, each editable once, open shadow roots the site uses included.
import { afterEach, describe, expect, it } from 'vitest';
import { findAllReplyBoxes } from '../../../lib/page/platforms/find-reply-boxes';
import { linkedinAdapter } from '../../../lib/page/platforms/linkedin';

const summary = (site = linkedinAdapter as typeof linkedinAdapter | null) =>
  findAllReplyBoxes(document, site).map(({ editable, adapter, source }) => `${source}:${adapter.id}:${editable.dataset.name ?? editable.className}`);

afterEach(() => {
  document.body.innerHTML = '';
  history.replaceState(null, '', '/feed/');
});

describe('findAllReplyBoxes on www.linkedin.com', () => {
  it('finds a SDUI comment box and messaging through the site adapter, an unknown textarea through the fallback', () => {
    document.body.innerHTML = `
      <div componentkey="commentBox-urn:li:activity:1">
        <div data-testid="ui-core-tiptap-text-editor-wrapper">
          <div class="tiptap ProseMirror" contenteditable="true" role="textbox" data-name="comment"><p>a</p></div>
        </div>
      </div>
      <form class="msg-form"><div class="msg-form__contenteditable" contenteditable="true" role="textbox" data-name="message"><p></p></div></form>
      <textarea data-name="feedback"></textarea>`;
    expect(summary()).toEqual(['site:linkedin:comment', 'site:linkedin:message', 'fallback:linkedin:feedback']);
  });

  it('does not count an editor twice when selectors and the fallback all match it, nor its inner islands', () => {
    document.body.innerHTML = `
      <div data-testid="ui-core-tiptap-text-editor-wrapper">
        <div class="ProseMirror" contenteditable="true" role="textbox" aria-label="Text editor for creating comment" data-name="comment">
          <p>Mention <span contenteditable="false">Alice</span> <span contenteditable="true" data-name="island">x</span></p>
        </div>
      </div>`;
    expect(summary()).toEqual(['site:linkedin:comment']);
  });

  it('searches the share composer in the open shadow root of #interop-outlet, for the site adapter and the fallback', () => {
    document.body.innerHTML = '<div id="interop-outlet" data-testid="interop-shadowdom"></div>';
    const shadow = document.getElementById('interop-outlet')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = `
      <div role="dialog"><div class="share-creation-state"><div class="ql-container">
        <div class="ql-editor" contenteditable="true" data-test-ql-editor-contenteditable="true" data-name="share"><p><br></p></div>
      </div></div>
      <textarea data-name="alt-text"></textarea></div>`;
    expect(summary()).toEqual(['site:linkedin:share', 'fallback:linkedin:alt-text']);
  });

  it('finds nothing in the hidden /preload/ helper document, not even through the fallback', () => {
    history.replaceState(null, '', '/preload/');
    document.body.innerHTML = '<div class="ql-container"><div class="ql-editor" contenteditable="true"><p><br></p></div></div>';
    expect(summary()).toEqual([]);
  });

  it('does not take a stray Quill editor outside comment and share containers for a site box', () => {
    document.body.innerHTML = '<div class="ql-container"><div class="ql-editor" contenteditable="true" data-name="stray"><p><br></p></div></div>';
    expect(summary()).toEqual(['fallback:linkedin:stray']);
  });

  it('with no site adapter (a host its content script does not serve), finds every box through the fallback, as another site', () => {
    document.body.innerHTML = `
      <form class="msg-form"><div class="msg-form__contenteditable" contenteditable="true" role="textbox" data-name="message"><p></p></div></form>
      <textarea data-name="feedback"></textarea>`;
    expect(summary(null)).toEqual(['fallback:other:message', 'fallback:other:feedback']);
  });
});
