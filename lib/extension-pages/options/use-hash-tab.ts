// The options page's open tab, kept in the URL hash so a link (or a test) can open a given tab.
import { useEffect, useState } from 'preact/hooks';

export function tabFromHash<T extends string>(hash: string, ids: readonly T[], fallback: T): T {
  const wanted = hash.replace(/^#/, '');
  return (ids as readonly string[]).includes(wanted) ? (wanted as T) : fallback;
}

export function useHashTab<T extends string>(ids: readonly T[], fallback: T): [T, (id: T) => void] {
  const [tab, setTab] = useState<T>(() => tabFromHash(location.hash, ids, fallback));
  useEffect(() => {
    const onHashChange = () => setTab(tabFromHash(location.hash, ids, fallback));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [ids, fallback]);
  const select = (id: T) => {
    history.replaceState(null, '', `#${id}`);
    setTab(id);
  };
  return [tab, select];
}
