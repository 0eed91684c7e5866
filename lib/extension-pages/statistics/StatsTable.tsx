// The statistics tab's tables: a DataTable that scrolls sideways on a narrow page, and a record named in words over its id.
import type { ComponentChildren } from 'preact';
import type { Lang, LocalizedText } from '../../core/engine/vocabulary';
import { DataTable, type DataColumn } from '../common/DataTable';
import { Localized } from '../common/Localized';
import styles from './StatsTable.module.css';

interface StatsTableProps {
  testId: string;
  columns?: readonly DataColumn[];
  head?: ComponentChildren;
  children: ComponentChildren;
}

export function StatsTable({ testId, columns, head, children }: StatsTableProps) {
  return (
    <div class={styles.scroll}>
      <DataTable class={styles.table} testId={testId} columns={columns} head={head}>
        {children}
      </DataTable>
    </div>
  );
}

/** A rule or phrasing: its charter wording (its id when the charter no longer has it), then the id in small type. */
export function NamedId({ text, id, lang }: { text: LocalizedText | undefined; id: string; lang: Lang }) {
  return (
    <>
      <span class={styles.label}>
        <Localized text={text} lang={lang} fallback={id} />
      </span>
      <span class={styles.id}>{id}</span>
    </>
  );
}
