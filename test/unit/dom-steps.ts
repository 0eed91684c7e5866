// For unit tests that render Preact components into the page: click as a user would, and wait until the DOM shows a state.
import { act } from 'preact/test-utils';

export const click = (element: Element | null | undefined) => act(() => void (element as HTMLElement).click());

/** Lets effects, timers and promises run until `condition` holds; fails after half a second with the start of the page. */
export async function until(condition: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (condition()) return;
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
  }
  throw new Error(`condition never held; DOM: ${document.body.innerHTML.slice(0, 400)}`);
}
