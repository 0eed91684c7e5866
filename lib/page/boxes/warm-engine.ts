// Gets the engine ready for the CM's first keystroke while the page is idle: the charter's regexes compiled one rule per
// slice (lib/core/engine/runtime.ts warmUpRuntime), then one check of a sample reply, which compiles the engine's own code paths.
// Measured in Node on the demo charter, a cold first check costs ~20 ms and a warmed one ~1 ms.
import type { CompiledCharter } from '../../core/charter/compiled';
import { check } from '../../core/engine/check';
import { warmUpRuntime } from '../../core/engine/runtime';
import type { AnyPlatform } from '../../core/engine/vocabulary';

const SAMPLE_INCOMING = "Bonjour, ma commande 12345 n'est jamais arrivée, je veux être remboursée ! Hello, my order is late, please help.";
const SAMPLE_DRAFT = 'Bonjour, nous sommes désolés : écrivez-nous en message privé. Hi, please send us a DM with your order number!';
/** Below this much idle time left, the next slice waits for the next idle period. */
const MIN_SLICE_MS = 4;

type IdleWindow = Pick<Window, 'setTimeout' | 'clearTimeout'> & Partial<Pick<Window, 'requestIdleCallback' | 'cancelIdleCallback'>>;

/** Starts warming up; the returned function stops it (a newer charter arrived, or the page is going away). */
export function warmEngineWhenIdle(
  win: IdleWindow,
  charter: CompiledCharter,
  platform: AnyPlatform,
  /** Runs once after the sample check: whatever else the first display builds lazily (e.g. a number formatter). */
  alsoWarm: () => void = () => undefined,
): () => void {
  const rules = warmUpRuntime(charter);
  let sampleChecked = false;
  let pending: { idle: number } | { timer: number } | null = null;

  const schedule = () => {
    pending = win.requestIdleCallback
      ? { idle: win.requestIdleCallback(slice, { timeout: 5000 }) }
      : { timer: win.setTimeout(() => slice(), 50) };
  };

  /** Returns true when everything is warm. */
  const step = (): boolean => {
    if (!rules.next().done) return false;
    if (!sampleChecked) {
      sampleChecked = true;
      check({ incoming: SAMPLE_INCOMING, draft: SAMPLE_DRAFT, platform, isPublic: true }, charter);
      alsoWarm();
    }
    return true;
  };

  function slice(deadline?: IdleDeadline) {
    pending = null;
    try {
      for (;;) {
        if (step()) return;
        // One rule per slice when the browser is busy (the idle callback timed out) or offers no deadline (timer fallback).
        if (!deadline || deadline.didTimeout || deadline.timeRemaining() <= MIN_SLICE_MS) break;
      }
    } catch {
      // A charter the engine cannot warm is checked cold; nothing reaches the page.
      return;
    }
    schedule();
  }

  schedule();
  return () => {
    if (pending && 'idle' in pending) win.cancelIdleCallback?.(pending.idle);
    else if (pending) win.clearTimeout(pending.timer);
    pending = null;
  };
}
