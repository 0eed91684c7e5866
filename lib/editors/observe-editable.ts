// Change notifications for an editable: DOM mutations (paste and programmatic edits fire no `input`, gotcha G12) plus `input`.
import { listen, watchMutations } from '../diagnostics/live-resources';

export function observeEditable(root: HTMLElement, onChange: () => void): () => void {
  const observer = watchMutations(() => onChange());
  observer.observe(root, { characterData: true, childList: true, subtree: true });
  const stopInput = listen(root, 'input', () => onChange());
  return () => {
    observer.disconnect();
    stopInput();
  };
}
