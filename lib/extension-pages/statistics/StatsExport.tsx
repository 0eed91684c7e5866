// The export controls: the CSV separator, one CSV download per table, and one JSON download of everything.
import { t, type MessageKey } from '../../shared/i18n';
import { CSV_SEPARATORS, type CsvSeparator } from './csv';
import type { StatsTableId } from './stats-tables';
import type { StatsExportControls } from './use-stats-export';
import { Button } from '../common/Button';
import styles from './StatsExport.module.css';

const CSV_BUTTONS: { table: StatsTableId; label: MessageKey }[] = [
  { table: 'rules', label: 'stats_export_rules_csv' },
  { table: 'escalations', label: 'stats_export_escalations_csv' },
  { table: 'phrasings', label: 'stats_export_phrasings_csv' },
  { table: 'false_positive_reports', label: 'stats_export_reports_csv' },
];

const SEPARATOR_LABELS: Record<CsvSeparator, MessageKey> = { ';': 'stats_separator_semicolon', ',': 'stats_separator_comma' };

export function StatsExport({ controls }: { controls: StatsExportControls }) {
  return (
    <div class={styles.export}>
      <label class={styles.separator}>
        {t('stats_export_separator')}
        <select
          value={controls.separator}
          data-testid="csv-separator"
          onChange={(event) => controls.setSeparator(event.currentTarget.value as CsvSeparator)}
        >
          {CSV_SEPARATORS.map((separator) => (
            <option key={separator} value={separator}>
              {t(SEPARATOR_LABELS[separator])}
            </option>
          ))}
        </select>
      </label>
      <div class={styles.buttons}>
        {CSV_BUTTONS.map(({ table, label }) => (
          <Button key={table} data-export={table} onClick={() => void controls.downloadCsv(table)}>
            {t(label)}
          </Button>
        ))}
        <Button data-export="json" onClick={() => void controls.downloadJson()}>
          {t('stats_export_json')}
        </Button>
      </div>
      {controls.failed ? (
        <p class={styles.error} role="alert">
          {t('stats_export_failed')}
        </p>
      ) : null}
    </div>
  );
}
