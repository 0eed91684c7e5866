// The target tab id as Preact state: undefined while resolving, null when there is none.
import { useEffect, useState } from 'preact/hooks';
import { resolveTargetTabId } from './target-tab';

export function useTargetTab(): number | null | undefined {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    resolveTargetTabId().then(setTabId, () => setTabId(null));
  }, []);
  return tabId;
}
