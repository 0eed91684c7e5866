// The target tab's active reply box, re-read while the popup is visible so it follows the draft as the CM types.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { queryActiveBox, type ActiveBoxQuery } from './content-client';

const POLL_INTERVAL_MS = 1_000;

export interface ActiveBoxHandle {
  /** Null until the first answer. */
  query: ActiveBoxQuery | null;
  /** Asks the content script again (after an insert or an override) and resolves with its answer. */
  refresh(): Promise<ActiveBoxQuery | null>;
}

export function useActiveBox(tabId: number | null | undefined): ActiveBoxHandle {
  const [query, setQuery] = useState<ActiveBoxQuery | null>(null);
  const lastJson = useRef('');
  const sequence = useRef(0);

  const refresh = useCallback(async (): Promise<ActiveBoxQuery | null> => {
    if (tabId === undefined) return null;
    const ticket = ++sequence.current;
    const answer = await queryActiveBox(tabId);
    // An older, slower answer must not overwrite a newer one.
    if (ticket !== sequence.current) return answer;
    const json = JSON.stringify(answer);
    // Same answer, same object: no re-render, no layout jank while polling.
    if (json !== lastJson.current) {
      lastJson.current = json;
      setQuery(answer);
    }
    return answer;
  }, [tabId]);

  useEffect(() => {
    void refresh();
    const poll = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    const timer = setInterval(poll, POLL_INTERVAL_MS);
    window.addEventListener('focus', poll);
    document.addEventListener('visibilitychange', poll);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', poll);
      document.removeEventListener('visibilitychange', poll);
    };
  }, [refresh]);

  return { query, refresh };
}
