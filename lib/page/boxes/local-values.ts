// The few stored values the content script reads, straight from browser.storage.local: the page does not carry WXT's
// storage layer (~9 kB minified with its lock and deep-equal) for three reads and three watches. Same semantics as the
// `local:` items of lib/shared/storage, which the background and pages write: the item `local:name` is the key `name`
// of storage.local, a missing value reads as the fallback, and a write that changes nothing is not a change.
// test/unit/content/charter-settings.test.ts writes through those items and reads through these.
import { browser } from '#imports';

export interface LocalValue<T> {
  getValue(): Promise<T>;
  /** Calls back with each new value; returns the function that stops watching. */
  watch(onChange: (value: T) => void): () => void;
}

/** Deep equality of JSON-like values (what storage holds). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export function localValue<T>(key: string, fallback: T): LocalValue<T> {
  const area = browser.storage.local;
  return {
    async getValue() {
      const got = await area.get(key);
      return (got[key] as T | undefined) ?? fallback;
    },
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>) => {
        const change = changes[key];
        if (change == null || same(change.newValue, change.oldValue)) return;
        onChange((change.newValue as T | undefined) ?? fallback);
      };
      area.onChanged.addListener(listener);
      return () => area.onChanged.removeListener(listener);
    },
  };
}
