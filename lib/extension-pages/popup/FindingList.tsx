// The draft's findings grouped by severity, each with its message, clause, suggested wording and a way to dismiss it with a reason.
import type { Finding } from '../../core/engine/types';
import type { DismissReason } from '../../shared/messaging/dismiss-reason';
import { countBySeverity, findingKey, groupFindingsBySeverity } from './group-findings';
import { formatCount, t, tn } from '../../shared/i18n';
import { Button } from '../common/Button';
import { SeverityLabel, severityName } from '../common/SeverityLabel';
import { DismissMenu } from './DismissMenu';
import styles from './FindingList.module.css';

interface FindingListProps {
  findings: readonly Finding[];
  draftIsEmpty: boolean;
  /** Null when overrides cannot be sent (no box). */
  onDismiss: ((finding: Finding, reason: DismissReason) => void) | null;
  failedKey: string | null;
  /** "This is wrong": opens the false-positive report for the finding; absent, no report is offered. */
  onReport?: (finding: Finding) => void;
  /** Set when only the start of a long draft was checked: the findings cover its first `checkedLength` characters. */
  checkedLength?: number;
  /** Whether the charter lets this CM quiet the finding's rule now (never in junior or crisis mode). */
  canQuiet?: (ruleId: string) => boolean;
  /** Quiets the finding's rule for this CM. */
  onQuiet?: (finding: Finding) => void;
}

/** "1 error, 2 warnings": each severity present, with a real plural; "No findings" when there is none. */
export function findingCountsText(findings: readonly Finding[]): string {
  const counts = countBySeverity(findings);
  const parts = [
    counts.error ? tn('finding_count_error', counts.error) : null,
    counts.warning ? tn('finding_count_warning', counts.warning) : null,
    counts.info ? tn('finding_count_info', counts.info) : null,
  ].filter((part): part is string => part !== null);
  return parts.length ? parts.join(', ') : t('finding_summary_clean');
}

/** Says the findings (or their absence) are about the start of the draft only. */
function CheckedPartNote({ checkedLength }: { checkedLength: number }) {
  return (
    <p class={styles.checkedPart} data-testid="findings-checked-part" data-checked-length={String(checkedLength)}>
      {t('overlay_checked_part', formatCount(checkedLength))}
    </p>
  );
}

export function FindingList(props: FindingListProps) {
  const { checkedLength } = props;
  if (checkedLength === undefined) return <FindingGroups {...props} />;
  return (
    <>
      <CheckedPartNote checkedLength={checkedLength} />
      <FindingGroups {...props} />
    </>
  );
}

function FindingGroups({ findings, draftIsEmpty, onDismiss, failedKey, onReport, canQuiet, onQuiet }: FindingListProps) {
  if (findings.length === 0) {
    return (
      <p class={styles.clean} data-testid="findings-clean">
        {draftIsEmpty ? t('finding_draft_empty') : t('finding_none')}
      </p>
    );
  }
  return (
    <div class={styles.groups} data-testid="findings">
      <p class={styles.summary} data-testid="finding-counts">
        {findingCountsText(findings)}
      </p>
      {groupFindingsBySeverity(findings).map((group) => (
        <section key={group.severity} aria-label={`${severityName(group.severity)} (${group.findings.length})`} data-severity={group.severity}>
          <h3 class={styles.groupHeading}>
            <SeverityLabel severity={group.severity} />
            <span aria-hidden="true">{group.findings.length}</span>
          </h3>
          <ul class={styles.list}>
            {group.findings.map((finding) => {
              const key = findingKey(finding);
              return (
                <li key={key} class={`${styles.item} ${styles[finding.severity]}`} data-testid="finding" data-rule={finding.ruleId}>
                  <p class={styles.message}>{finding.message}</p>
                  {onDismiss ? (
                    <DismissMenu idBase={`dismiss-${key.replace(/[^\w-]/g, '_')}`} findingLabel={finding.message} onDismiss={(reason) => onDismiss(finding, reason)} />
                  ) : (
                    <span />
                  )}
                  <div class={styles.meta}>
                    <span>{t(`category_${finding.category}`)}</span>
                    {finding.clause ? <span>{finding.clause}</span> : null}
                    {finding.wholeDraft ? <span>{t('finding_whole_reply')}</span> : null}
                  </div>
                  {finding.replacement ? (
                    <p class={styles.replacement}>
                      <strong>{t('finding_suggested')}</strong> {finding.replacement}
                    </p>
                  ) : null}
                  {onReport || (onQuiet && canQuiet?.(finding.ruleId)) ? (
                    <div class={styles.report}>
                      {onQuiet && canQuiet?.(finding.ruleId) ? (
                        <Button
                          variant="quiet"
                          aria-label={t('finding_quiet_label', finding.message)}
                          data-testid="quiet-rule"
                          onClick={() => onQuiet(finding)}
                        >
                          {t('finding_quiet')}
                        </Button>
                      ) : null}
                      {onReport ? (
                      <Button
                        variant="quiet"
                        aria-label={t('finding_report_wrong_label', finding.message)}
                        data-testid="report-wrong"
                        data-report-key={key}
                        onClick={() => onReport(finding)}
                      >
                        {t('finding_report_wrong')}
                      </Button>
                      ) : null}
                    </div>
                  ) : null}
                  {failedKey === key ? (
                    <p class={styles.failed} role="alert">
                      {t('finding_dismiss_failed')}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
