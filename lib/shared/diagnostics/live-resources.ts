// Counts what Gardefou holds in the page right now: observers that observe something, listeners on the page's nodes, timers.
// Every such resource of the content script is made through this module, so the counts are the real ones, and a box that
// comes and goes can be shown to give back everything it took (the `gardefou:diagnostics` request reads them).
// Listeners on Gardefou's own elements (badge, card) are not counted: they go away with those elements.

export interface LiveResources {
  /** MutationObservers connected to at least one node. */
  mutationObservers: number;
  /** ResizeObservers watching at least one element, and how many elements they watch in all. */
  resizeObservers: number;
  resizeTargets: number;
  /** Event listeners on nodes and windows Gardefou does not own. */
  listeners: number;
  /** Repeating timers. */
  timers: number;
}

const live: LiveResources = { mutationObservers: 0, resizeObservers: 0, resizeTargets: 0, listeners: 0, timers: 0 };

export function liveResources(): LiveResources {
  return { ...live };
}

/** The part of a MutationObserver Gardefou uses. */
export interface MutationWatch {
  observe(target: Node, options?: MutationObserverInit): void;
  disconnect(): void;
}

/** A MutationObserver counted from its first observe() to its disconnect() (wrapped, not subclassed: content-script realms). */
export function watchMutations(onRecords: (records: MutationRecord[]) => void): MutationWatch {
  const observer = new MutationObserver(onRecords);
  let connected = false;
  return {
    observe(target, options) {
      observer.observe(target, options);
      if (connected) return;
      connected = true;
      live.mutationObservers += 1;
    },
    disconnect() {
      observer.disconnect();
      if (!connected) return;
      connected = false;
      live.mutationObservers -= 1;
    },
  };
}

/** The part of a ResizeObserver Gardefou uses. */
export interface ResizeWatch {
  observe(target: Element): void;
  unobserve(target: Element): void;
  disconnect(): void;
}

/** A ResizeObserver counted while it watches something, with the number of elements it watches. */
export function watchResizes(onResize: () => void): ResizeWatch {
  const observer = new ResizeObserver(onResize);
  const targets = new Set<Element>();
  return {
    observe(target) {
      observer.observe(target);
      if (targets.has(target)) return;
      if (targets.size === 0) live.resizeObservers += 1;
      targets.add(target);
      live.resizeTargets += 1;
    },
    unobserve(target) {
      observer.unobserve(target);
      if (!targets.delete(target)) return;
      live.resizeTargets -= 1;
      if (targets.size === 0) live.resizeObservers -= 1;
    },
    disconnect() {
      observer.disconnect();
      if (targets.size === 0) return;
      live.resizeTargets -= targets.size;
      live.resizeObservers -= 1;
      targets.clear();
    },
  };
}

/** Adds a listener to a node or window of the page; the returned function removes it (once, however often it is called). */
export function listen<E extends Event>(
  target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>,
  type: string,
  handler: (event: E) => void,
  options?: AddEventListenerOptions | boolean,
): () => void {
  const listener = handler as EventListener;
  target.addEventListener(type, listener, options);
  live.listeners += 1;
  let listening = true;
  return () => {
    if (!listening) return;
    listening = false;
    target.removeEventListener(type, listener, options);
    live.listeners -= 1;
  };
}

/** setInterval, counted; the returned function clears it (once). */
export function repeat(run: () => void, everyMs: number): () => void {
  const timer = setInterval(run, everyMs);
  live.timers += 1;
  let running = true;
  return () => {
    if (!running) return;
    running = false;
    clearInterval(timer);
    live.timers -= 1;
  };
}
