// Reads and follows the enterprise policy (storage.managed). Where there is none, or the browser has no managed storage
// (Firefox without policies.json answers with an error), Gardefou behaves as if the policy were empty.
import { browser } from 'wxt/browser';

export async function readManagedStorage(): Promise<Record<string, unknown>> {
  try {
    return ((await browser.storage.managed.get(null)) ?? {}) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** Calls `onChange` when the administrator changes the policy (Chrome re-reads policy files while it runs). */
export function watchManagedStorage(onChange: () => void): () => void {
  const listener = (_changes: unknown, areaName: string) => {
    if (areaName === 'managed') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
