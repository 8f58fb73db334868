/**
 * The data table behind every chart (WCAG 1.1.1): the same figures as the chart, as a
 * real table with a caption and header cells, folded in a <details> so it is one click
 * or one key away and prints when open.
 */
import type { ReactNode } from 'react';
import { ScrollTable } from './scroll-table';

export interface TableColumn {
  key: string;
  label: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
}

export interface TableRow {
  key: string;
  /** The row's header cell (a sector, a year …). */
  header: string;
  cells: string[];
}

export interface ChartTableProps {
  /** The text of the <summary> that opens the table. */
  summary: string;
  caption: ReactNode;
  /** Header of the first column (what each row is). */
  rowHeader: string;
  columns: TableColumn[];
  rows: TableRow[];
  /** A totals row, set apart in <tfoot>. */
  footer?: TableRow;
  /** Open from the start (the printed report). */
  open?: boolean;
}

function Row({ row, columns }: { row: TableRow; columns: TableColumn[] }) {
  return (
    <tr>
      <th scope="row">{row.header}</th>
      {row.cells.map((cell, i) => (
        <td key={columns[i]?.key ?? i} className={columns[i]?.numeric ? 'num' : undefined}>
          {cell}
        </td>
      ))}
    </tr>
  );
}

export function ChartTable({ summary, caption, rowHeader, columns, rows, footer, open }: ChartTableProps) {
  return (
    <details className="chart-table" open={open}>
      <summary>{summary}</summary>
      <ScrollTable caption={caption}>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Row key={row.key} row={row} columns={columns} />
          ))}
        </tbody>
        {footer && (
          <tfoot>
            <Row row={footer} columns={columns} />
          </tfoot>
        )}
      </ScrollTable>
    </details>
  );
}
