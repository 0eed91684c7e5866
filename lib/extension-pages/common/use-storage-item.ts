// A storage item's value as Preact state, kept current when the background writes a new one.
import { useEffect, useState } from 'preact/hooks';

/** The part of a WXT storage item a view needs. */
export interface WatchableItem<T> {
  getValue(): Promise<T>;
  watch(callback: (value: T) => void): () => void;
}

export type Loadable<T> = { loaded: false } | { loaded: true; value: T };

export function useStorageItem<T>(item: WatchableItem<T>): Loadable<T> {
  const [state, setState] = useState<Loadable<T>>({ loaded: false });
  useEffect(() => {
    let current = true;
    void item.getValue().then((value) => {
      if (current) setState({ loaded: true, value });
    });
    const unwatch = item.watch((value) => setState({ loaded: true, value }));
    return () => {
      current = false;
      unwatch();
    };
  }, [item]);
  return state;
}
