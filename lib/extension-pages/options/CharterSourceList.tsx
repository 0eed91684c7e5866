// The charter sources in order of precedence, the one in force highlighted: the first configured source wins.
import type { SourceRow, SourceRowId } from './charter-source-rows';
import { t, type MessageKey } from '../../shared/i18n';
import { charterSourceName } from '../common/charter-source-name';
import styles from './Distribution.module.css';

const LABELS: Record<SourceRowId, MessageKey> = {
  'policy-json': 'distribution_source_policy_json',
  'policy-url': 'distribution_source_policy_url',
  'manager-url': 'distribution_source_manager_url',
  file: 'distribution_source_file_or_demo',
  builtin: 'distribution_source_builtin',
};

/** A file row in force says which kind of file, in the words the charter facts and the popup use. */
function rowName(row: SourceRow): string {
  if (row.id === 'file' && row.inForce) return charterSourceName(row.demo ? 'demo' : 'file');
  return t(LABELS[row.id]);
}

export function CharterSourceList({ rows }: { rows: readonly SourceRow[] }) {
  return (
    <ol class={styles.sources} aria-label={t('distribution_sources_label')} data-testid="charter-sources">
      {rows.map((row) => (
        <li
          key={row.id}
          class={`${row.configured ? styles.configured : ''} ${row.inForce ? styles.inForce : ''}`}
          data-source={row.id}
          data-in-force={row.inForce ? 'true' : 'false'}
        >
          <span data-testid="charter-source-name">{rowName(row)}</span>
          {row.detail ? <span class={styles.detail}>{row.detail}</span> : null}
          <span>
            {row.inForce
              ? t('distribution_source_in_force')
              : row.id === 'builtin'
                ? t('distribution_source_fallback')
                : t(row.configured ? 'distribution_source_configured' : 'distribution_source_not_set')}
          </span>
        </li>
      ))}
    </ol>
  );
}
