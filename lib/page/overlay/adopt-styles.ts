// Puts a small stylesheet into a document or shadow root once, without touching the site's own <style> elements.
// A constructed sheet first: one parsed copy shared by every root, and a page CSP on inline <style> does not apply to it.

const styled = new WeakMap<Document | ShadowRoot, Set<string>>();
const sheets = new Map<string, CSSStyleSheet | null>();

/** One constructed sheet per CSS text, shared by every root (null where constructable sheets are missing). */
function sheetFor(css: string): CSSStyleSheet | null {
  if (!sheets.has(css)) {
    let sheet: CSSStyleSheet | null = null;
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    } catch {
      sheet = null;
    }
    sheets.set(css, sheet);
  }
  return sheets.get(css) ?? null;
}

export function adoptStyles(root: Document | ShadowRoot, css: string): void {
  const done = styled.get(root) ?? new Set<string>();
  if (done.has(css)) return;
  done.add(css);
  styled.set(root, done);
  const sheet = sheetFor(css);
  try {
    if (!sheet) throw new Error('no constructable stylesheet');
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // Firefox content scripts may not adopt a sheet built in their own compartment: a <style> does the same.
    const style = (root instanceof Document ? root : root.ownerDocument).createElement('style');
    style.dataset.gardefou = '';
    style.textContent = css;
    (root instanceof Document ? root.head ?? root.documentElement : root).append(style);
  }
}
