// Change notifications for an editable: DOM mutations (paste and programmatic edits fire no `input`, gotcha G12) plus `input`.

export function observeEditable(root: HTMLElement, onChange: () => void): () => void {
  const observer = new MutationObserver(() => onChange());
  observer.observe(root, { characterData: true, childList: true, subtree: true });
  const onInput = () => onChange();
  root.addEventListener('input', onInput);
  return () => {
    observer.disconnect();
    root.removeEventListener('input', onInput);
  };
}
