// The charter the enterprise policy carries as a JSON string (charterJson): validated and version-checked like any other.
import { POLICY_JSON_ORIGIN } from '../../shared/storage/policy-state';
import type { CharterLoadOutcome } from '../../shared/messaging/charter-load-outcome';
import { applyCharterText } from './apply-charter';

/** The origin a policy charter records: which policy key it came from. */

export async function loadCharterFromPolicyJson(text: string, now: Date): Promise<CharterLoadOutcome> {
  const result = await applyCharterText(text, { source: 'policy', origin: POLICY_JSON_ORIGIN }, now);
  return result.ok ? { status: 'applied', meta: result.meta, warnings: result.warnings } : { status: 'failed', failures: result.failures, errors: result.errors };
}
