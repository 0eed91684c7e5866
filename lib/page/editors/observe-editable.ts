// Change notifications for an editable: DOM mutations (paste and programmatic edits fire no `input`, gotcha G12) plus `input`,
// and the page switching `contenteditable` (a box made read-only, or given back, is re-checked at once).
import { listen, watchMutations } from '../../shared/diagnostics/live-resources';

export function observeEditable(root: HTMLElement, onChange: () => void): () => void {
  const observer = watchMutations(() => onChange());
  observer.observe(root, { characterData: true, childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] });
  const stopInput = listen(root, 'input', () => onChange());
  return () => {
    observer.disconnect();
    stopInput();
  };
}
