// A table of records, one per row: the column names in a muted header row, rows ruled off. Its place sets the cell spacing.
import type { ComponentChildren } from 'preact';
import styles from './DataTable.module.css';

export interface DataColumn {
  label: string;
  numeric?: boolean;
}

/** For a cell holding a figure: right-aligned, digits of equal width. */
export const numericCell = styles.numeric;

interface DataTableProps {
  /** The columns' names; or `head`, the header cells themselves when they do more (sorting). */
  columns?: readonly DataColumn[];
  head?: ComponentChildren;
  class: string;
  testId?: string;
  children: ComponentChildren;
}

export function DataTable({ columns = [], head, class: className, testId, children }: DataTableProps) {
  return (
    <table class={`${styles.table} ${className}`} data-testid={testId}>
      <thead>
        <tr>
          {head ??
            columns.map((column) => (
              <th key={column.label} scope="col" class={column.numeric ? numericCell : undefined}>
                {column.label}
              </th>
            ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
