// Which charter source is authoritative: policy JSON > policy URL > manager URL > imported file > built-in packs.
// Only the highest configured source is loaded; when it fails, the last good charter stays in force (it is never
// replaced by a lower source behind the organisation's back).
import type { CharterSource } from '../../shared/storage/charter-items';

export interface ConfiguredSources {
  /** The policy's charterJson, when it parses as JSON. */
  policyCharterJson: string | null;
  policyCharterUrl: string | null;
  managerCharterUrl: string | null;
}

export type ChosenSource =
  | { kind: 'policy-json'; text: string }
  | { kind: 'policy-url'; url: string }
  | { kind: 'manager-url'; url: string }
  /** Nothing remote is configured: the imported file, or else the built-in packs, stays as stored. */
  | { kind: 'stored' };

export function chooseCharterSource(sources: ConfiguredSources): ChosenSource {
  if (sources.policyCharterJson !== null) return { kind: 'policy-json', text: sources.policyCharterJson };
  if (sources.policyCharterUrl !== null) return { kind: 'policy-url', url: sources.policyCharterUrl };
  if (sources.managerCharterUrl !== null) return { kind: 'manager-url', url: sources.managerCharterUrl };
  return { kind: 'stored' };
}

/** The rank of a stored charter's source; the demo counts as a file the manager picked. */
const RANK: Record<CharterSource, number> = { policy: 3, url: 2, file: 1, demo: 1, builtin: 0 };

/** The source that would win now, as the kind a stored charter records. */
export function winningSourceKind(sources: ConfiguredSources): CharterSource | null {
  const chosen = chooseCharterSource(sources);
  if (chosen.kind === 'policy-json' || chosen.kind === 'policy-url') return 'policy';
  if (chosen.kind === 'manager-url') return 'url';
  return null;
}

/**
 * Whether a charter from `source` may be put in force now: a file is refused while a URL or the policy supplies the
 * charter, since the next refresh would silently replace it.
 */
export function outranksConfigured(source: CharterSource, sources: ConfiguredSources): boolean {
  const winner = winningSourceKind(sources);
  return winner === null || RANK[source] >= RANK[winner];
}
