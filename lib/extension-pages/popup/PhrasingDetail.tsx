// The active phrasing in full, its {variables} as fields, and the ways to use it: replace the draft, insert at the caret, copy.
import type { CompiledPhrasing } from '../../core/charter/compiled';
import type { InsertMode } from '../../shared/messaging/reply-box';
import { splitPhrasing } from '../../core/phrasing/phrasing-variables';
import { t } from '../../shared/i18n';
import { Button } from '../common/Button';
import { VariableField } from './VariableField';
import styles from './PhrasingDetail.module.css';

interface PhrasingDetailProps {
  phrasing: CompiledPhrasing;
  title: string | null;
  values: Record<string, string>;
  missing: readonly string[];
  /** A reply box to insert into; without one only copying is offered. */
  canInsert: boolean;
  busy: boolean;
  onVariable(name: string, value: string): void;
  onInsert(mode: InsertMode): void;
  onCopy(): void;
  onBackToList(): void;
}

export function PhrasingDetail(props: PhrasingDetailProps) {
  const { phrasing, title, values, missing, canInsert, busy, onVariable, onInsert, onCopy, onBackToList } = props;
  return (
    <div class={styles.detail} data-testid="phrasing-detail" data-phrasing={phrasing.id} aria-label={t('phrasing_detail_label', phrasing.id)} role="region">
      <div class={styles.heading}>
        <strong>{phrasing.id}</strong>
        <span class={styles.lang}>{phrasing.lang}</span>
        {title ? <span>{title}</span> : null}
      </div>
      <p class={styles.text} lang={phrasing.lang} data-testid="phrasing-text">
        {splitPhrasing(phrasing.text).map((segment, index) =>
          segment.kind === 'text' ? (
            segment.text
          ) : (
            <VariableField
              key={`${index}-${segment.name}`}
              name={segment.name}
              value={values[segment.name] ?? ''}
              onInput={(value) => onVariable(segment.name, value)}
              onEnter={(atCaret) => (canInsert ? onInsert(atCaret ? 'caret' : 'replace') : onCopy())}
              onEscape={onBackToList}
            />
          ),
        )}
      </p>
      {missing.length ? (
        <p class={styles.fieldNote} data-testid="missing-variables">
          {t('phrasing_fill_before_insert', missing.map((name) => `{${name}}`).join(', '))}
        </p>
      ) : null}
      <div class={styles.actions}>
        {canInsert ? (
          <>
            <Button variant="primary" disabled={busy} onClick={() => onInsert('replace')} data-testid="insert-replace" aria-keyshortcuts="Enter">
              {t('phrasing_replace_draft')}
            </Button>
            <Button disabled={busy} onClick={() => onInsert('caret')} data-testid="insert-caret" aria-keyshortcuts="Shift+Enter">
              {t('phrasing_insert_at_caret')}
            </Button>
          </>
        ) : null}
        <Button variant={canInsert ? 'quiet' : 'primary'} onClick={onCopy} data-testid="copy-phrasing" aria-keyshortcuts="Control+C">
          {t('phrasing_copy')}
        </Button>
      </div>
    </div>
  );
}
