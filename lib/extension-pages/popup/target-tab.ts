// The tab the popup talks to: `?tab=<id>` when given (a popup opened as a tab is itself the active tab), else the active tab of the last focused window.
import { browser } from 'wxt/browser';

export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

export async function resolveTargetTabId(search: string = location.search): Promise<number | null> {
  const fromUrl = tabIdFromSearch(search);
  if (fromUrl !== null) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id ?? null;
}
