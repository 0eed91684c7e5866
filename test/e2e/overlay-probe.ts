// What the e2e specs read of Gardefou in a page: the highlight registry's ranges, the badges and cards, the active box via the popup's message.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { CharterApplyResponse, GetActiveBoxResponse } from '../../lib/shared/messaging/protocol';

/** The slice of the extension API the probes use (there are no @types/chrome here). */
type ExtensionApi = {
  chrome: {
    runtime: { sendMessage(message: unknown): Promise<unknown> };
    tabs: { query(filter: object): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
  };
};

export type HighlightTexts = Record<'error' | 'warning' | 'info', string[]>;

/**
 * The text under each range of Gardefou's highlights, per severity, read from the page's CSS.highlights registry.
 * `atNextFrame` reads inside the next animation frame callback: what that frame paints after the last keystroke.
 */
export function highlightTexts(page: Page, { atNextFrame = false } = {}): Promise<HighlightTexts> {
  return page.evaluate(async (waitFrame) => {
    if (waitFrame) await new Promise((resolve) => requestAnimationFrame(resolve));
    const read = (name: string) => {
      const highlight = CSS.highlights.get(name);
      return highlight ? [...(highlight as unknown as Set<Range>)].map((range) => range.toString()) : [];
    };
    return { error: read('gardefou-error'), warning: read('gardefou-warning'), info: read('gardefou-info') };
  }, atNextFrame);
}

export function allHighlightTexts(page: Page): Promise<string[]> {
  return highlightTexts(page).then((texts) => [...texts.error, ...texts.warning, ...texts.info]);
}

export interface BadgeState {
  box: string;
  count: string;
  severity: string;
  mode: string;
  label: string;
  text: string;
}

/** Every badge shown on the page (hosts hidden with display:none are left out), including in the site's shadow roots. */
export function visibleBadges(page: Page): Promise<BadgeState[]> {
  return page.evaluate(() => {
    const hosts: Element[] = [];
    const collect = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.tagName === 'GARDEFOU-OVERLAY') hosts.push(element);
        else if (element.shadowRoot) collect(element.shadowRoot);
      }
    };
    collect(document);
    return hosts
      .filter((host) => (host as HTMLElement).style.display !== 'none')
      .flatMap((host) => {
        const badge = host.shadowRoot?.querySelector<HTMLElement>('.badge');
        if (!badge) return [];
        return [
          {
            box: host.getAttribute('data-box') ?? '',
            count: badge.dataset.count ?? '',
            severity: badge.dataset.severity ?? '',
            mode: badge.dataset.mode ?? '',
            label: badge.getAttribute('aria-label') ?? '',
            text: badge.textContent ?? '',
          },
        ];
      });
  });
}

/** Resolves after the next animation frame callback has run. */
export function nextFrame(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
}

/** Sends a message to the background from an extension page, as the options page does. */
export async function sendToBackground(context: BrowserContext, extensionId: string, message: unknown): Promise<CharterApplyResponse> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const response = await page.evaluate((request) => (globalThis as unknown as ExtensionApi).chrome.runtime.sendMessage(request), message as object);
    return response as CharterApplyResponse;
  } finally {
    await page.close();
  }
}

export function loadDemoCharter(context: BrowserContext, extensionId: string): Promise<CharterApplyResponse> {
  return sendToBackground(context, extensionId, { type: 'gardefou:load-demo-charter' });
}

/** What the popup would get for the tab's active box: asked from the service worker with chrome.tabs.sendMessage. */
export async function activeBoxOf(serviceWorker: Worker, page: Page): Promise<GetActiveBoxResponse> {
  return (await sendToActiveTab(serviceWorker, page, { type: 'gardefou:get-active-box' })) as GetActiveBoxResponse;
}

/** The badge of a box, by the box id the content script reports (ActiveBoxState.boxId). */
export function badgeOf(page: Page, boxId: string) {
  return page.locator(`gardefou-overlay[data-box="${boxId}"] .badge`);
}

/** The open card of a box (from the badge or from a span). */
export function cardOf(page: Page, boxId: string) {
  return page.locator(`gardefou-overlay[data-box="${boxId}"] .card`);
}

/** How many overlay hosts a box has in the page (0 once the box is gone). */
export function overlayHostCount(page: Page, boxId: string): Promise<number> {
  return page.evaluate((id) => {
    let count = 0;
    const walk = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.tagName === 'GARDEFOU-OVERLAY' && element.getAttribute('data-box') === id) count += 1;
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    return count;
  }, boxId);
}

/** The positioned underline boxes (the fallback painter: textareas, browsers without the Highlight API) of a box. */
export function spanMarkCount(page: Page, boxId: string): Promise<number> {
  return page.locator(`gardefou-overlay[data-box="${boxId}"] .span-mark`).count();
}

/** Whether the editor's own subtree holds anything of Gardefou's (it must not). */
export function editorHoldsOverlay(page: Page, fixtureBoxId: string): Promise<boolean> {
  return page.evaluate((id) => {
    const find = (root: Document | ShadowRoot): Element | null => {
      const hit = root.querySelector(`[data-fixture-box="${id}"]`);
      if (hit) return hit;
      for (const element of root.querySelectorAll('*')) {
        const inner = element.shadowRoot && find(element.shadowRoot);
        if (inner) return inner;
      }
      return null;
    };
    const wrapper = find(document);
    const editable = wrapper?.querySelector('textarea, [contenteditable="true"]');
    if (!editable) throw new Error(`no editable in box ${id}`);
    return editable.querySelector('gardefou-overlay, [data-gardefou], [data-box]') !== null || editable.outerHTML.includes('gardefou');
  }, fixtureBoxId);
}

/** Storage the content script follows, written as the options page would (WXT's `local:modeOverride` is the key `modeOverride`). */
export async function setModeOverride(serviceWorker: Worker, mode: 'normal' | 'junior' | 'crisis' | null): Promise<void> {
  await serviceWorker.evaluate(async (value) => {
    const storage = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void>; remove(k: string): Promise<void> } } } }).chrome.storage.local;
    if (value === null) await storage.remove('modeOverride');
    else await storage.set({ modeOverride: value });
  }, mode);
}

/** Sends a content request to the active tab from the service worker, as the popup does (without the "tabs" permission
 * it cannot pick a tab by URL, so the page is brought to the front first). */
export async function sendToActiveTab(serviceWorker: Worker, page: Page, message: object): Promise<unknown> {
  await page.bringToFront();
  return serviceWorker.evaluate(async (request) => {
    const { chrome } = globalThis as unknown as ExtensionApi;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return chrome.tabs.sendMessage(tab.id, request);
  }, message);
}

/** The centre of the client rect over characters [start, end) of a one-line draft, counted over the editor's text nodes. */
export function spanCenter(page: Page, fixtureBoxId: string, start: number, end: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ id, start, end }) => {
      const editable = document.querySelector(`[data-fixture-box="${id}"] [contenteditable="true"]`);
      if (!editable) throw new Error(`no contenteditable in box ${id}`);
      const walker = document.createTreeWalker(editable, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (start >= seen && start <= seen + length) range.setStart(node, start - seen);
        if (end >= seen && end <= seen + length) {
          range.setEnd(node, end - seen);
          break;
        }
        seen += length;
      }
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    { id: fixtureBoxId, start, end },
  );
}

/** Where most in-page specs start: the demo charter in force and no mode override. Use as `test.beforeAll(useDemoCharter)`. */
export async function useDemoCharter({ extContext, extensionId, serviceWorker }: { extContext: BrowserContext; extensionId: string; serviceWorker: Worker }): Promise<void> {
  const loaded = await loadDemoCharter(extContext, extensionId);
  if (!loaded.ok) throw new Error(`the demo charter was refused: ${JSON.stringify(loaded.errors)}`);
  await setModeOverride(serviceWorker, null);
}
