// The export controls: the separator (defaulting to what Excel expects in the UI language) and the downloads of the period's data.
import { useState } from 'preact/hooks';
import type { Lang } from '../../core/engine/vocabulary';
import type { StatsReader } from '../../shared/stats-db/stats-store';
import { downloadFile } from '../common/download-file';
import type { CsvSeparator } from './csv';
import { csvExport, jsonExport, type ExportFile } from './stats-export';
import type { StatsTableId } from './stats-tables';

export interface StatsExportControls {
  separator: CsvSeparator;
  setSeparator(separator: CsvSeparator): void;
  failed: boolean;
  downloadCsv(table: StatsTableId): Promise<void>;
  downloadJson(): Promise<void>;
}

export function defaultSeparator(lang: Lang): CsvSeparator {
  return lang === 'fr' ? ';' : ',';
}

export function useStatsExport(reader: StatsReader, days: number, now: () => number, lang: Lang): StatsExportControls {
  const [separator, setSeparator] = useState<CsvSeparator>(() => defaultSeparator(lang));
  const [failed, setFailed] = useState(false);

  const download = async (build: (data: Awaited<ReturnType<StatsReader['exportRows']>>, exportedAt: number) => ExportFile) => {
    try {
      const data = await reader.exportRows({ days });
      downloadFile(build(data, now()));
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };

  return {
    separator,
    setSeparator,
    failed,
    downloadCsv: (table) => download((data, exportedAt) => csvExport(data, table, separator, { exportedAt, days })),
    downloadJson: () => download((data, exportedAt) => jsonExport(data, { exportedAt, days })),
  };
}
