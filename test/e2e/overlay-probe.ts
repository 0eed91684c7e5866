// What the e2e specs read of Gardefou in a page: the highlight registry's ranges, the badges and cards, the active box via the popup's message.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { CharterApplyResponse, GetActiveBoxResponse } from '../../lib/messaging/protocol';

/** The slice of the extension API the probes use (there are no @types/chrome here). */
type ExtensionApi = {
  chrome: {
    runtime: { sendMessage(message: unknown): Promise<unknown> };
    tabs: { query(filter: object): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
  };
};

export type HighlightTexts = Record<'error' | 'warning' | 'info', string[]>;

/** The text under each range of Gardefou's highlights, per severity, read from the page's CSS.highlights registry. */
export function highlightTexts(page: Page): Promise<HighlightTexts> {
  return page.evaluate(() => {
    const read = (name: string) => {
      const highlight = CSS.highlights.get(name);
      return highlight ? [...(highlight as unknown as Set<Range>)].map((range) => range.toString()) : [];
    };
    return { error: read('gardefou-error'), warning: read('gardefou-warning'), info: read('gardefou-info') };
  });
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

/** Resolves after the next animation frame has run, twice: what the page will paint after the keystroke that just happened. */
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
  // Like the popup, the service worker targets the active tab (without the "tabs" permission it cannot match tabs by URL).
  await page.bringToFront();
  const response = await serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as ExtensionApi;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return chrome.tabs.sendMessage(tab.id, { type: 'gardefou:get-active-box' });
  });
  return response as GetActiveBoxResponse;
}
