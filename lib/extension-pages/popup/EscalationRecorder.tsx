// "Record escalation…" on a path card: the question names the team and the time, the answer says what was logged.
import { useEffect, useRef } from 'preact/hooks';
import type { AnyPlatform, Lang } from '../../core/engine/vocabulary';
import { t } from '../../shared/i18n';
import { useEscalationRecord } from './use-escalation-record';
import { formatTimeForPeople } from '../common/format-date';
import { Button, ButtonRow } from '../common/Button';
import styles from './EscalationRecorder.module.css';

interface EscalationRecorderProps {
  platform: AnyPlatform;
  pathId: string;
  pathLabel: string;
  /** The team the path hands over to, in the UI language; null when the charter names none. */
  team: string | null;
  lang: Lang;
}

export function EscalationRecorder({ platform, pathId, pathLabel, team, lang }: EscalationRecorderProps) {
  const record = useEscalationRecord({ platform, pathId });
  const { step } = record;
  const openerRef = useRef<HTMLButtonElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const asked = useRef(false);
  const teamText = team ?? t('path_escalation_no_team');
  const questionId = `escalation-question-${pathId}`;

  // Focus follows the step: into the question, onto what was logged, back to the button after cancelling.
  useEffect(() => {
    if (step.kind === 'confirming') asked.current = true;
    else if (step.kind === 'recorded') doneRef.current?.focus();
    else if (step.kind === 'idle' && asked.current) openerRef.current?.focus();
  }, [step.kind]);

  if (step.kind === 'idle') {
    return (
      <div class={styles.recorder}>
        <Button ref={openerRef} aria-label={t('path_record_escalation_label', pathLabel)} data-testid="record-escalation" onClick={record.ask}>
          {t('path_record_escalation')}
        </Button>
      </div>
    );
  }
  const time = formatTimeForPeople(step.at, lang);
  if (step.kind === 'recorded') {
    return (
      <p class={`${styles.recorder} ${styles.done}`} role="status" tabIndex={-1} ref={doneRef} data-testid="escalation-recorded">
        {t('path_escalation_recorded', [pathLabel, teamText, time])}
      </p>
    );
  }
  return (
    <div class={`${styles.recorder} ${styles.confirm}`} role="group" aria-labelledby={questionId} data-testid="escalation-confirm">
      <p id={questionId} class={styles.question}>
        {t('path_escalation_confirm', [teamText, pathLabel, time])}
      </p>
      {step.kind === 'failed' ? (
        <p class={styles.failed} role="alert">
          {t('path_escalation_failed')}
        </p>
      ) : null}
      <ButtonRow>
        <Button variant="primary" autoFocus disabled={step.kind === 'recording'} data-testid="escalation-confirm-button" onClick={() => void record.confirm()}>
          {t('path_escalation_confirm_button')}
        </Button>
        <Button disabled={step.kind === 'recording'} onClick={record.cancel}>
          {t('path_escalation_cancel')}
        </Button>
      </ButtonRow>
    </div>
  );
}
