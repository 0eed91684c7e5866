// Brings the charter up to date from the authoritative source (policy JSON > policy URL > manager URL > stored file or
// built-in), mirrors the policy for the pages, and keeps the policy's own bad values visible in the charter problem.
import type { CharterFailure } from '../../shared/storage/charter-failure';
import { charterProblemItem, type CharterProblem } from '../../shared/storage/charter-items';
import { managerCharterUrlItem } from '../../shared/storage/manager-items';
import { policyStateItem, type PolicyState } from '../../shared/storage/policy-state';
import { readPolicy } from '../policy/read-policy';
import type { CharterLoadOutcome } from '../../shared/messaging/charter-load-outcome';
import { chooseCharterSource, type ChosenSource } from './charter-precedence';
import { queueCharterUpdate } from './charter-queue';
import { loadCharterFromPolicyJson } from './policy-charter-source';
import { loadCharterFromUrl, type UrlSourceDeps } from './url-charter-source';

export interface RefreshDeps extends UrlSourceDeps {
  /** The raw enterprise policy (storage.managed), {} when there is none. */
  readManagedPolicy(): Promise<unknown>;
}

export interface RefreshOutcome {
  source: ChosenSource['kind'];
  load: CharterLoadOutcome;
  policy: PolicyState;
}

function policyFailures(policy: PolicyState): CharterFailure[] {
  return policy.problems.map((problem) => ({ kind: 'policy-value', ...problem }));
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A stored problem about a remote source that no longer supplies the charter (its URL was removed, the policy changed). */
function isStale(problem: CharterProblem, chosen: ChosenSource): boolean {
  if (problem.source === 'url') return chosen.kind !== 'manager-url';
  if (problem.source === 'policy') return chosen.kind !== 'policy-json' && chosen.kind !== 'policy-url';
  return false;
}

/**
 * The policy's bad values belong in the charter problem as long as they last: merged with this refresh's load failure,
 * replaced by the current ones at every refresh, and gone once the policy is fixed.
 */
async function settleCharterProblem(chosen: ChosenSource, failures: CharterFailure[], at: string): Promise<void> {
  const current = await charterProblemItem.getValue();
  const live = current && !isStale(current, chosen) ? current : null;
  const others = (live?.failures ?? []).filter((failure) => failure.kind !== 'policy-value');
  const rest: CharterProblem | null = live && (live.messages.length > 0 || others.length > 0) ? { ...live, failures: others } : null;
  const next: CharterProblem | null = failures.length
    ? rest
      ? { ...rest, failures: [...failures, ...others] }
      : { source: 'policy', at, messages: [], failures }
    : rest;
  if (!sameJson(next, current)) await charterProblemItem.setValue(next);
}

async function loadChosen(chosen: ChosenSource, deps: RefreshDeps): Promise<CharterLoadOutcome> {
  switch (chosen.kind) {
    case 'policy-json':
      return loadCharterFromPolicyJson(chosen.text, deps.now());
    case 'policy-url':
      return loadCharterFromUrl({ source: 'policy', origin: chosen.url }, deps);
    case 'manager-url':
      return loadCharterFromUrl({ source: 'url', origin: chosen.url }, deps);
    case 'stored':
      return { status: 'stored' };
  }
}

/** Runs in the charter queue, so a refresh never interleaves with a file import or the start-up check. */
export function refreshCharter(deps: RefreshDeps): Promise<RefreshOutcome> {
  return queueCharterUpdate(async () => {
    const { state: policy, charterJson } = readPolicy(await deps.readManagedPolicy());
    if (!sameJson(policy, await policyStateItem.getValue())) await policyStateItem.setValue(policy);
    const chosen = chooseCharterSource({
      policyCharterJson: charterJson,
      policyCharterUrl: policy.charterUrl,
      managerCharterUrl: await managerCharterUrlItem.getValue(),
    });
    const load = await loadChosen(chosen, deps);
    await settleCharterProblem(chosen, policyFailures(policy), deps.now().toISOString());
    return { source: chosen.kind, load, policy };
  });
}
