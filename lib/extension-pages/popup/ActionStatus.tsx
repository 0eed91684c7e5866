// What happened to the last insert or copy, read out politely; a failed insert offers the clipboard at once.
import { useEffect, useRef } from 'preact/hooks';
import type { PhrasingActionStatus } from './use-phrasing-actions';
import { t } from '../../shared/i18n';
import { Button } from '../common/Button';
import styles from './ActionStatus.module.css';

const FAILURE_MESSAGES = {
  'no-box': 'phrasing_insert_failed_no_box',
  'not-accepted': 'phrasing_insert_failed_not_accepted',
  'not-readable': 'phrasing_insert_failed_not_readable',
} as const;

interface ActionStatusProps {
  status: PhrasingActionStatus;
  /** The re-check of the draft after an insert, e.g. "No findings" or "1 error, 0 warnings, 0 notes". */
  recheck: string;
  onCopyFallback(phrasingId: string, text: string): void;
}

export function ActionStatus({ status, recheck, onCopyFallback }: ActionStatusProps) {
  const fallbackRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (status.kind === 'insert-failed') fallbackRef.current?.focus();
  }, [status]);

  return (
    <div class={styles.status} role="status" aria-live="polite" data-testid="action-status" data-status={status.kind}>
      {status.kind === 'inserting' ? <span>{t('phrasing_inserting')}</span> : null}
      {status.kind === 'inserted' ? (
        <span class={styles.ok}>
          {status.mode === 'replace' ? t('phrasing_inserted_replace') : t('phrasing_inserted_caret')}
          <span class={styles.recheck} data-testid="recheck">
            {t('phrasing_recheck', recheck)}
          </span>
        </span>
      ) : null}
      {status.kind === 'missing' ? (
        <span class={styles.note}>{t('phrasing_fill_before_insert', status.names.map((name) => `{${name}}`).join(', '))}</span>
      ) : null}
      {status.kind === 'insert-failed' ? (
        <span class={styles.problem}>
          <span>{t(FAILURE_MESSAGES[status.reason])}</span>
          <Button ref={fallbackRef} variant="primary" onClick={() => onCopyFallback(status.phrasingId, status.text)} data-testid="copy-fallback">
            {t('phrasing_copy_instead')}
          </Button>
        </span>
      ) : null}
      {status.kind === 'copied' ? <span class={styles.ok}>{t('phrasing_copied')}</span> : null}
      {status.kind === 'copy-failed' ? <span class={styles.problem}>{t('phrasing_copy_failed')}</span> : null}
    </div>
  );
}
