// The charter sources in order of precedence, each marked configured and/or in force, for the options page's list.
import type { CharterMeta } from '../../shared/storage/charter-items';
import { POLICY_JSON_ORIGIN, type PolicyState } from '../../shared/storage/policy-state';

export type SourceRowId = 'policy-json' | 'policy-url' | 'manager-url' | 'file' | 'builtin';

export interface SourceRow {
  id: SourceRowId;
  /** Set up (a policy value, a URL, an imported file): it takes part in the precedence. */
  configured: boolean;
  /** The charter in force came from here. */
  inForce: boolean;
  /** The URL or file name, when there is one to show. */
  detail?: string;
  /** The file in force is the demo charter: the row is named as the popup and the charter facts name it. */
  demo?: boolean;
}

export function charterSourceRows(meta: CharterMeta | null, policy: PolicyState, managerUrl: string | null): SourceRow[] {
  const from = (source: CharterMeta['source'], origin?: string) =>
    meta !== null && meta.source === source && (origin === undefined || meta.origin === origin);
  const fileInForce = from('file') || from('demo');
  return [
    { id: 'policy-json', configured: policy.hasCharterJson, inForce: from('policy', POLICY_JSON_ORIGIN) },
    {
      id: 'policy-url',
      configured: policy.charterUrl !== null,
      inForce: meta?.source === 'policy' && meta.origin !== POLICY_JSON_ORIGIN,
      ...(policy.charterUrl ? { detail: policy.charterUrl } : {}),
    },
    { id: 'manager-url', configured: managerUrl !== null, inForce: from('url'), ...(managerUrl ? { detail: managerUrl } : {}) },
    {
      id: 'file',
      configured: fileInForce,
      inForce: fileInForce,
      ...(fileInForce && meta?.origin ? { detail: meta.origin } : {}),
      ...(from('demo') ? { demo: true } : {}),
    },
    { id: 'builtin', configured: true, inForce: from('builtin') },
  ];
}
