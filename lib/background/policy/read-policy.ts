// Turns what storage.managed holds into a PolicyState: every usable value is kept, every bad one is named with why.
// Chrome already drops values that break public/managed-schema.json, but Firefox has no schema, and lockedMode is a plain
// string in the schema on purpose: a typo ("boss") then reaches Gardefou and is reported instead of vanishing silently.
import { MODES, type Mode } from '../../core/engine/vocabulary';
import { NO_POLICY, POLICY_KEYS, type PolicyState, type PolicyValueProblem } from '../../shared/storage/policy-state';

export interface PolicyReading {
  state: PolicyState;
  /** The charter text from `charterJson`, when it parses as JSON (its validation as a charter comes later). */
  charterJson: string | null;
}

const SHOWN_VALUE_CHARS = 60;

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > SHOWN_VALUE_CHARS ? `${text.slice(0, SHOWN_VALUE_CHARS - 1)}…` : text;
}

function isMode(value: unknown): value is Mode {
  return typeof value === 'string' && (MODES as readonly string[]).includes(value);
}

function httpUrl(value: string): string | null {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

export function readPolicy(raw: unknown): PolicyReading {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { state: NO_POLICY, charterJson: null };
  const values = raw as Record<string, unknown>;
  const problems: PolicyValueProblem[] = [];
  const state: PolicyState = { ...NO_POLICY, problems };
  let charterJson: string | null = null;
  state.present = POLICY_KEYS.some((key) => values[key] !== undefined);

  const { charterUrl, charterJson: json, lockedMode, lockSettings } = values;
  if (charterUrl !== undefined) {
    if (typeof charterUrl !== 'string') problems.push({ key: 'charterUrl', code: 'not-text', value: shown(charterUrl) });
    else if (charterUrl.trim() === '') problems.push({ key: 'charterUrl', code: 'empty' });
    else {
      const url = httpUrl(charterUrl);
      if (url) state.charterUrl = url;
      else problems.push({ key: 'charterUrl', code: 'not-a-url', value: shown(charterUrl) });
    }
  }
  if (json !== undefined) {
    if (typeof json !== 'string') problems.push({ key: 'charterJson', code: 'not-text', value: shown(json) });
    else if (json.trim() === '') problems.push({ key: 'charterJson', code: 'empty' });
    else {
      try {
        JSON.parse(json);
        charterJson = json;
        state.hasCharterJson = true;
      } catch {
        problems.push({ key: 'charterJson', code: 'not-json', value: shown(json) });
      }
    }
  }
  if (lockedMode !== undefined) {
    if (isMode(lockedMode)) state.lockedMode = lockedMode;
    else problems.push({ key: 'lockedMode', code: 'not-a-mode', value: shown(lockedMode) });
  }
  if (lockSettings !== undefined) {
    if (typeof lockSettings === 'boolean') state.lockSettings = lockSettings;
    else problems.push({ key: 'lockSettings', code: 'not-boolean', value: shown(lockSettings) });
  }
  return { state, charterJson };
}
