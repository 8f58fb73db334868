/**
 * A plain table for paper: a caption, a header row that repeats on every printed page
 * (thead as table-header-group in print.css) and rows that are never cut in half.
 */
import type { ReactNode } from 'react';

export interface ReportTableProps {
  caption: string;
  /** Column headings; the first column holds the row headers. */
  head: string[];
  /** Which columns are figures (right-aligned, tabular digits). */
  numeric?: boolean[];
  rows: { key: string; cells: ReactNode[] }[];
  foot?: { key: string; cells: ReactNode[] };
  className?: string;
}

function Row({ cells, numeric }: { cells: ReactNode[]; numeric: boolean[] }) {
  return (
    <tr>
      {cells.map((cell, i) =>
        i === 0 ? (
          <th key={i} scope="row">{cell}</th>
        ) : (
          <td key={i} className={numeric[i] ? 'num' : undefined}>{cell}</td>
        ),
      )}
    </tr>
  );
}

export function ReportTable({ caption, head, numeric = [], rows, foot, className }: ReportTableProps) {
  return (
    <table className={`report-table${className ? ` ${className}` : ''}`}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {head.map((h, i) => (
            <th key={i} scope="col" className={numeric[i] ? 'num' : undefined}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => <Row key={r.key} cells={r.cells} numeric={numeric} />)}
      </tbody>
      {foot && (
        <tfoot>
          <Row cells={foot.cells} numeric={numeric} />
        </tfoot>
      )}
    </table>
  );
}
