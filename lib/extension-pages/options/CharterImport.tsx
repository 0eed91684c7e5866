// Import a charter file (picker or drag and drop) or load the demo; a refused file shows every problem and the charter that stays.
import { useState } from 'preact/hooks';
import type { CharterMeta } from '../../shared/storage/charter-items';
import type { CharterImport as CharterImportHandle } from './use-charter-import';
import { t, tn } from '../../shared/i18n';
import { Button } from '../common/Button';
import { CharterErrorList } from './CharterErrorList';
import { LockedNote } from './LockedNote';
import styles from './CharterImport.module.css';

interface CharterImportProps {
  handle: CharterImportHandle;
  /** The charter in force now (after an import, the new one; after a refusal, still the old one). */
  current: CharterMeta | null;
  /** Why no file can be imported now (junior mode, the policy, a charter URL), or null. */
  lock?: string | null;
}

function ImportResult({ handle, current }: CharterImportProps) {
  const { state } = handle;
  if (state.kind === 'idle') return null;
  if (state.kind === 'working') {
    return (
      <div class={`${styles.result} ${styles.working}`} role="status" data-testid="import-result" data-result="working">
        {t('options_import_working', state.label)}
      </div>
    );
  }
  const { outcome } = state;
  if (outcome.kind === 'applied') {
    const meta = outcome.response.meta ?? current;
    const warnings = outcome.response.warnings ?? [];
    return (
      <div class={`${styles.result} ${styles.applied}`} role="status" data-testid="import-result" data-result="applied">
        <strong>{meta ? t('options_import_applied', [meta.name, meta.version]) : t('options_import_applied_unnamed')}</strong>
        {warnings.length ? (
          <>
            <p>{tn('options_import_warnings', warnings.length)}</p>
            <CharterErrorList lines={warnings} testId="import-warnings" />
          </>
        ) : null}
      </div>
    );
  }
  const errors = outcome.kind === 'refused' ? outcome.errors : [t(outcome.problem === 'too-large' ? 'options_file_too_large' : 'options_file_unreadable')];
  return (
    <div class={`${styles.result} ${styles.refused}`} role="alert" data-testid="import-result" data-result="refused">
      <strong>{tn('options_import_refused', errors.length, [state.label])}</strong>
      <p data-testid="previous-stays">
        {current ? t('options_previous_stays', [current.name, current.version]) : t('options_previous_none')}
      </p>
      <CharterErrorList lines={errors} testId="import-errors" />
    </div>
  );
}

export function CharterImport({ handle, current, lock = null }: CharterImportProps) {
  const [dragging, setDragging] = useState(false);
  const busy = handle.state.kind === 'working' || lock !== null;

  const takeFile = (file: File | undefined | null) => {
    if (file && !busy) void handle.importFile(file);
  };

  return (
    <div>
      <LockedNote reason={lock} testId="import-locked" />
      <div
        class={`${styles.zone} ${dragging ? styles.dragging : ''}`}
        data-testid="charter-drop-zone"
        onDragEnter={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragOver={(event) => {
          event.preventDefault();
          if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          takeFile(event.dataTransfer?.files[0]);
        }}
      >
        <p class={styles.zoneText}>{t('options_import_drop')}</p>
        <input
          id="gf-charter-file"
          class={styles.fileInput}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          data-testid="charter-file-input"
          onChange={(event) => {
            const input = event.currentTarget;
            takeFile(input.files?.[0]);
            // Lets the same file be picked again after fixing it.
            input.value = '';
          }}
        />
        <label class={styles.fileLabel} for="gf-charter-file">
          {t('options_import_choose')}
        </label>
        <Button disabled={busy} onClick={() => void handle.loadDemo(t('options_demo_label'))} data-testid="load-demo">
          {t('options_load_demo')}
        </Button>
      </div>
      <ImportResult handle={handle} current={current} />
    </div>
  );
}
