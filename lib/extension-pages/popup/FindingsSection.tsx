// The popup's findings section: the draft's findings with their overrides, and the false-positive report of one of them.
import { useEffect, useRef } from 'preact/hooks';
import type { ActiveBoxState } from '../../shared/messaging/protocol';
import type { PopupModel } from './use-popup-model';
import { t } from '../../shared/i18n';
import { FalsePositiveDialog } from '../common/false-positive/FalsePositiveDialog';
import { FindingList } from './FindingList';
import { PossibleList } from './PossibleList';
import styles from './PopupApp.module.css';

/** The draft's findings, placed after the phrasing list: the page already underlines them inline. */
export function FindingsSection({ box, model }: { box: ActiveBoxState; model: PopupModel }) {
  const { reports } = model;
  const sectionRef = useRef<HTMLElement>(null);
  const reportedKey = useRef<string | null>(null);

  // Back from the dialog, focus returns to the "This is wrong" that opened it, if the finding is still listed.
  useEffect(() => {
    if (reports.reporting) {
      reportedKey.current = reports.reporting.key;
      return;
    }
    const key = reportedKey.current;
    reportedKey.current = null;
    if (key) sectionRef.current?.querySelector<HTMLElement>(`[data-report-key="${CSS.escape(key)}"]`)?.focus();
  }, [reports.reporting]);

  return (
    <section class={styles.section} id="gf-findings" aria-labelledby="gf-findings-heading" data-testid="findings-section" ref={sectionRef}>
      <h2 id="gf-findings-heading">{t('finding_section_title')}</h2>
      {reports.reporting ? (
        <FalsePositiveDialog
          key={reports.reporting.key}
          ruleId={reports.reporting.ruleId}
          ruleLabel={reports.reporting.message}
          platform={box.platform}
          readFlaggedText={reports.readFlaggedText}
          onClose={reports.close}
        />
      ) : null}
      <FindingList
        findings={box.findings}
        draftIsEmpty={box.draftIsEmpty}
        checkedLength={box.checkedLength}
        // In junior mode only a lead's PIN overrides a finding (LeadOverride below the list).
        onDismiss={model.mode === 'junior' ? null : (finding, reason) => void model.overrides.dismiss(finding, reason)}
        failedKey={model.overrides.failedKey}
        onReport={reports.open}
        canQuiet={model.quieted.canQuiet}
        onQuiet={(finding) => void model.quieted.quiet(finding.ruleId)}
      />
      <PossibleList possible={box.possible} />
    </section>
  );
}
