// A charter failure in the reader's language: the options page, the popup and the import result all say it the same way.
import { t } from '../../shared/i18n';
import type { CharterFailure } from '../../shared/storage/charter-failure';
import type { PolicyValueProblem } from '../../shared/storage/policy-state';
import { settingsRefusalText } from './settings-refusal-text';

export function policyProblemText(problem: PolicyValueProblem): string {
  const value = problem.value ?? '';
  switch (problem.code) {
    case 'not-a-mode':
      return t('policy_problem_not_a_mode', [problem.key, value]);
    case 'not-boolean':
      return t('policy_problem_not_boolean', [problem.key, value]);
    case 'not-text':
      return t('policy_problem_not_text', [problem.key, value]);
    case 'not-a-url':
      return t('policy_problem_not_a_url', [problem.key, value]);
    case 'not-json':
      return t('policy_problem_not_json', problem.key);
    case 'empty':
      return t('policy_problem_empty', problem.key);
  }
}

export function charterFailureText(failure: CharterFailure): string {
  switch (failure.kind) {
    case 'invalid-charter':
      return t('charter_failure_invalid');
    case 'recompile-failed':
      return t('charter_failure_recompile_failed');
    case 'source-not-kept':
      return t('charter_failure_source_not_kept');
    case 'http-status':
      return t('charter_failure_http_status', String(failure.status));
    case 'timeout':
      return t('charter_failure_timeout', String(failure.seconds));
    case 'network':
      return t(failure.originGranted ? 'charter_failure_network' : 'charter_failure_network_cors');
    case 'not-json':
      return t('charter_failure_not_json', failure.contentType || '?');
    case 'too-large':
      return t('charter_failure_too_large', String(failure.limitKb));
    case 'bad-url':
      return t('charter_failure_bad_url');
    case 'insecure-url':
      return t('charter_failure_insecure_url');
    case 'insecure-redirect':
      return t('charter_failure_insecure_redirect', failure.to);
    case 'future-date':
      return t('charter_failure_future_date', failure.updatedAt);
    case 'compile-crashed':
      return t('charter_failure_compile_crashed');
    case 'downgrade':
      return t('charter_failure_downgrade', [failure.offered.version, failure.offered.updatedAt, failure.inForce.version, failure.inForce.updatedAt]);
    case 'policy-value':
      return policyProblemText(failure);
    case 'outranked':
      return t(failure.by === 'policy' ? 'settings_refusal_policy_supplies_charter' : 'charter_failure_outranked_by_url');
    case 'settings-locked':
      return settingsRefusalText(failure.refusal);
  }
}
