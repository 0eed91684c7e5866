// A form whose Enter key and submit button run `onSubmit` in place, never reloading the page.
import type { ComponentChildren } from 'preact';

export function ActionForm({ onSubmit, class: className, children }: { onSubmit(): void; class: string; children: ComponentChildren }) {
  return (
    <form
      class={className}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}
