// @vitest-environment happy-dom
// The DOM text walker's rules on hand-written editor markup: block separators, placeholder <br>, emoji images, invisible anchors.
import { describe, expect, it } from 'vitest';
import { buildTextMap } from '../../../lib/page/editors/text-map';

function editable(html: string): HTMLElement {
  const root = document.createElement('div');
  root.setAttribute('contenteditable', 'true');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

const textOf = (html: string, skip?: (element: Element) => boolean) => buildTextMap(editable(html), { skipElement: skip }).text;

describe('buildTextMap text', () => {
  it('separates blocks with one newline and keeps empty blocks as empty lines', () => {
    expect(textOf('<p>Bonjour</p><p><br></p><p>à vous</p>')).toBe('Bonjour\n\nà vous');
  });

  it('ignores the placeholder <br> of an empty or line-ending block but counts inner ones', () => {
    expect(textOf('<p><br></p>')).toBe('');
    expect(textOf('<p>a<br>b</p>')).toBe('a\nb');
    expect(textOf('<p>a<br><br></p>')).toBe('a\n');
    expect(textOf('<p>a<br><br><br></p><p>b</p>')).toBe('a\n\n\nb');
  });

  it('reads ProseMirror hard breaks with their separator image and trailing break', () => {
    expect(textOf('<p>a<br><img class="ProseMirror-separator" alt=""><br class="ProseMirror-trailingBreak"></p>')).toBe('a\n');
  });

  it('uses the alt text of emoji images and skips images without alt', () => {
    expect(textOf('<p>Merci <img alt="😀" src="data:,"> !<img src="data:,"></p>')).toBe('Merci 😀 !');
  });

  it('drops invisible cursor anchors and skipped UI elements', () => {
    const quillSkip = (element: Element) => element.classList.contains('ql-ui');
    expect(textOf('<p>ab\uFEFFc</p>')).toBe('abc');
    expect(textOf('<ol><li><span class="ql-ui" contenteditable="false"></span>un</li><li>deux</li></ol>', quillSkip)).toBe('un\ndeux');
  });

  it('keeps zero-width joiners that are part of an emoji', () => {
    expect(textOf('<p>👩‍💻 ok</p>')).toBe('👩‍💻 ok');
  });

  it('treats inline content beside blocks as its own lines and ignores formatting whitespace', () => {
    expect(textOf('avant<div>milieu</div>après')).toBe('avant\nmilieu\naprès');
    expect(textOf('\n  <p>a</p>\n  <p>b</p>\n')).toBe('a\nb');
  });

  it('reads Draft.js block markup', () => {
    const block = (text: string) =>
      `<div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">${text}</span></span></div></div>`;
    const empty = '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><br data-text="true"></span></div></div>';
    expect(textOf(`<div data-contents="true">${block('un')}${empty}${block('deux')}</div>`)).toBe('un\n\ndeux');
  });
});

describe('buildTextMap ranges', () => {
  it('maps offsets to one range per line piece', () => {
    const map = buildTextMap(editable('<p>Héllo <b>mon</b>de</p><p>Deux</p>'));
    expect(map.text).toBe('Héllo monde\nDeux');
    expect(map.rangesFor(6, 11).map(String)).toEqual(['monde']);
    expect(map.rangesFor(8, 14).map(String)).toEqual(['nde', 'De']);
    expect(map.rangesFor(11, 12)).toEqual([]);
  });

  it('maps the points around synthetic characters to the DOM boundaries', () => {
    const root = editable('<p>a<br>b</p>');
    const map = buildTextMap(root);
    const paragraph = root.firstChild!;
    expect(map.startPoint(1)).toEqual({ node: paragraph, offset: 1 });
    expect(map.endPoint(2)).toEqual({ node: paragraph, offset: 2 });
    expect(map.startPoint(2)).toEqual({ node: paragraph.lastChild, offset: 0 });
  });

  it('refuses offsets outside the text', () => {
    const map = buildTextMap(editable('<p>abc</p>'));
    expect(map.rangesFor(-1, 2)).toEqual([]);
    expect(map.rangesFor(1, 4)).toEqual([]);
    expect(map.rangesFor(2, 2)).toEqual([]);
  });

  it('stops at maxChars, in a text run or at a line break, with the last run ending where its kept characters end', () => {
    const root = editable('<p>Bonjour</p><p>à vous tous</p>');
    const cutInRun = buildTextMap(root, { maxChars: 11 });
    expect(cutInRun.text).toBe('Bonjour\nà v');
    expect(cutInRun.endPoint(11)).toEqual({ node: root.lastChild!.firstChild, offset: 3 });
    expect(cutInRun.rangesFor(8, 11).map(String)).toEqual(['à v']);
    expect(buildTextMap(root, { maxChars: 8 }).text).toBe('Bonjour\n');
    expect(buildTextMap(root, { maxChars: 100 }).text).toBe('Bonjour\nà vous tous');
  });

  it('holds while the nodes behind a span keep their characters, and not once the page rewrote them', () => {
    const root = editable('<p>Bonjour</p><p>à vous</p>');
    const map = buildTextMap(root);
    root.append(document.createElement('p'));
    expect(map.holds(8, 14), 'a block added elsewhere').toBe(true);
    root.children[1].firstChild!.textContent = 'à toi';
    expect(map.holds(0, 7), 'the untouched first line').toBe(true);
    expect(map.holds(8, 14)).toBe(false);
    root.firstChild!.remove();
    expect(map.holds(0, 7), 'a removed node').toBe(false);
  });
});
