/**
 * The data table behind every chart (WCAG 1.1.1): the same figures as the chart, as a
 * real table with a caption and header cells, folded in a <details> so it is one click
 * or one key away and prints when open. The summary says how many rows it holds.
 *
 * A large table (a 60-year model with 100 sectors: 6 000 cells; a tornado of 3 400
 * inputs) is written only once it is opened: nobody reads a folded table, and writing
 * it cost the page seconds. A small one is written at once, as before, so the browser's
 * find-in-page still reaches it folded.
 */
import { useState, type ReactNode } from 'react';
import { formatNumber } from '../i18n/format';
import { useLang, useMessages } from '../i18n/use-messages';
import { chartMessages } from './messages';
import { ScrollTable } from './scroll-table';

/** Up to this many cells a folded table is written anyway (a few milliseconds). */
export const EAGER_CELLS = 2000;

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
  const t = useMessages(chartMessages);
  const lang = useLang();
  // Once opened, the rows stay: closing and opening again costs nothing more.
  const [opened, setOpened] = useState(false);
  const count = rows.length;
  const written = open || opened || (count + (footer ? 1 : 0)) * (columns.length + 1) <= EAGER_CELLS;
  return (
    <details className="chart-table" open={open} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>
        {summary} <span className="chart-table-count">({count === 1 ? t('rowCountOne') : t('rowCount', { count: formatNumber(count, lang, 0) })})</span>
      </summary>
      {written && <TableBody caption={caption} rowHeader={rowHeader} columns={columns} rows={rows} footer={footer} />}
    </details>
  );
}

function TableBody({ caption, rowHeader, columns, rows, footer }: Omit<ChartTableProps, 'summary' | 'open'>) {
  return (
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
  );
}
