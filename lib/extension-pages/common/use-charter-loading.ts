// Whether the pages should say "loading the charter" rather than "no charter": on the very first open, the background is
// still compiling the built-in rules, so an empty store means "not yet", not "none", for a few seconds.
import { useEffect, useState } from 'preact/hooks';

/** Past this, an empty store really means no charter (the built-in rules compile in well under a second). */
export const FIRST_CHARTER_GRACE_MS = 8_000;

export interface CharterPresence {
  /** The stored meta has been read once. */
  loaded: boolean;
  /** A charter is in force. */
  present: boolean;
  /** A load failed: say so rather than wait. */
  failed: boolean;
}

export function charterIsLoading({ loaded, present, failed }: CharterPresence, graceOver: boolean): boolean {
  if (!loaded) return true;
  return !present && !failed && !graceOver;
}

export function useCharterLoading(presence: CharterPresence): boolean {
  const [graceOver, setGraceOver] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setGraceOver(true), FIRST_CHARTER_GRACE_MS);
    return () => clearTimeout(timer);
  }, []);
  return charterIsLoading(presence, graceOver);
}
