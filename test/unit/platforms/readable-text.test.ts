// @vitest-environment happy-dom
// The text of a message as a reader sees it: no "…more" controls, hidden parts or scripts; emoji images as their alt.
import { describe, expect, it } from 'vitest';
import { readableText } from '../../../lib/page/platforms/readable-text';

function html(markup: string): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = markup;
  return element;
}

describe('readableText', () => {
  it('leaves out buttons, role=button controls and aria-hidden parts', () => {
    expect(readableText(html('<span>Ma commande</span> <button>…more</button><div role="button">See more</div>'))).toBe('Ma commande');
    expect(readableText(html('Julie<span aria-hidden="true"> · </span>'))).toBe('Julie');
  });

  it('leaves out extra site-specific parts', () => {
    const box = html('<span>Texte</span><span data-testid="expandable-text-button">…plus</span>');
    expect(readableText(box)).toBe('Texte…plus');
    expect(readableText(box, '[data-testid="expandable-text-button"]')).toBe('Texte');
  });

  it('reads emoji images as their alt text and ignores scripts and styles', () => {
    expect(readableText(html('Super <img alt="🎉" src="x.png"> !<script>var a = 1;</script><style>p{}</style>'))).toBe('Super 🎉 !');
  });

  it('collapses whitespace within lines and keeps one newline between blocks', () => {
    expect(readableText(html('<p>  Bonjour,\n   je   vous écris </p><p></p><div>pour <b>ma</b> commande</div>a<br>b'))).toBe(
      'Bonjour, je vous écris\npour ma commande\na\nb',
    );
  });

  it('is empty for an element without text', () => {
    expect(readableText(html('<img src="photo.jpg"><button>Like</button>'))).toBe('');
  });
});
