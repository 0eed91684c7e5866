// A tiny element builder for the overlay: Preact would cost the content script a tenth of its size budget for two small views.

type Child = Node | string | null | undefined | false;

export function el(doc: Document, tag: string, attributes: Record<string, string | undefined>, ...children: Child[]): HTMLElement {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}
