// The content script's junior-mode addition to a check: the approved-only finding, worded in the UI's language.
import type { CompiledCharter } from '../../core/charter/compiled';
import type { CheckResult } from '../../core/engine/types';
import { t } from '../../shared/i18n';
import { approvedOnlyFinding } from '../../core/junior/approved-only';

export interface JuniorCheckContext {
  draft: string;
  charter: CompiledCharter;
  pageValues: Readonly<Record<string, string>>;
}

export function withJuniorChecks(result: CheckResult, { draft, charter, pageValues }: JuniorCheckContext): CheckResult {
  const finding = approvedOnlyFinding(
    { mode: result.mode, paths: result.paths, draft, charter, lang: result.lang, pageValues },
    {
      notApproved: (categories) => t('junior_approved_only_finding', categories.map((category) => t(`category_${category}`)).join(', ')),
      unfilled: (names) => t('junior_approved_only_unfilled', names.map((name) => `{${name}}`).join(', ')),
    },
  );
  return finding ? { ...result, findings: [finding, ...result.findings] } : result;
}
