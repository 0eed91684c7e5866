// Finds a box's own control (its send button) by searching ever larger ancestors, never past one that holds another reply box.

// Deep enough for X's composer chain (editor → toolbar), shallow enough not to reach an unrelated control on a page with one box.
const MAX_LEVELS = 16;

export function findOwnControl(
  editable: HTMLElement,
  controlSelector: string,
  holdsAnotherBox: (container: Element, editable: HTMLElement) => boolean,
): HTMLElement | null {
  let container = editable.parentElement;
  for (let level = 0; container && level < MAX_LEVELS; level++, container = container.parentElement) {
    if (holdsAnotherBox(container, editable)) return null;
    const control = Array.from(container.querySelectorAll<HTMLElement>(controlSelector)).find((found) => !editable.contains(found));
    if (control) return control;
  }
  return null;
}
