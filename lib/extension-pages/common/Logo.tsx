// Gardefou's mark: a shield with a tick, in the accent colour.

export function Logo({ className }: { className: string }) {
  return (
    <svg class={className} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M12 2l8 3v6c0 5-3.4 9.4-8 11-4.6-1.6-8-6-8-11V5zm-1 13.6l6-6-1.4-1.4-4.6 4.6-2.2-2.2-1.4 1.4z" />
    </svg>
  );
}
