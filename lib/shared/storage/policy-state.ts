// The enterprise policy as Gardefou understood it, mirrored from storage.managed by the background for pages and content scripts.
import { storage } from '#imports';
import type { Mode } from '../../core/engine/vocabulary';

/** The keys public/managed-schema.json declares. */
export const POLICY_KEYS = ['charterUrl', 'charterJson', 'lockedMode', 'lockSettings'] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];

export type PolicyValueCode = 'not-a-mode' | 'not-boolean' | 'not-text' | 'not-a-url' | 'not-json' | 'empty';

export interface PolicyValueProblem {
  key: PolicyKey;
  code: PolicyValueCode;
  /** The refused value, shortened, when it is short text worth showing back to the administrator. */
  value?: string;
}

export interface PolicyState {
  /** True when the organisation set at least one Gardefou policy key (valid or not). */
  present: boolean;
  charterUrl: string | null;
  /** The charter text itself stays out of this mirror: the compiled charter is stored once. */
  hasCharterJson: boolean;
  lockedMode: Mode | null;
  lockSettings: boolean;
  /** Keys whose value was refused, each with why (shown in the options page). */
  problems: PolicyValueProblem[];
}

export const NO_POLICY: PolicyState = { present: false, charterUrl: null, hasCharterJson: false, lockedMode: null, lockSettings: false, problems: [] };

export const policyStateItem = storage.defineItem<PolicyState>('local:policyState', { fallback: NO_POLICY, version: 1 });

/** The origin recorded for a charter given inline by policy (`charterJson`), as opposed to a policy URL. */
export const POLICY_JSON_ORIGIN = 'charterJson';
