/**
 * A plain table for paper: a caption, a header row that repeats on every printed page
 * (thead as table-header-group in print.css) and rows that are never cut in half.
 *
 * On a narrow screen the table scrolls inside its own box (a focusable region named by the
 * caption, so a keyboard can scroll it) instead of pushing the page sideways.
 *
 * A row may carry a long text (a gain line's basis) that gets a full-width line of its own
 * under the row, instead of a column squeezed to one word per line: the row and its text
 * share a <tbody>, kept together on paper.
 */
import { useId, type ReactNode } from 'react';
import { ScrollTable } from '../../charts/scroll-table';

export interface ReportTableRow {
  key: string;
  cells: ReactNode[];
  /** A long text shown on its own line under the row, spanning every column. */
  detail?: ReactNode;
}

export interface ReportTableProps {
  caption: string;
  /** Column headings; the first column holds the row headers. */
  head: string[];
  /** Which columns are figures (right-aligned, tabular digits). */
  numeric?: boolean[];
  rows: ReportTableRow[];
  foot?: { key: string; cells: ReactNode[] };
  className?: string;
  /** What the rows' detail lines are, said before each one (e.g. "Basis"). */
  detailLabel?: string;
}

function Row({ cells, numeric, headerId }: { cells: ReactNode[]; numeric: boolean[]; headerId?: string }) {
  return (
    <tr>
      {cells.map((cell, i) =>
        i === 0 ? (
          <th key={i} scope="row" id={headerId}>{cell}</th>
        ) : (
          <td key={i} className={numeric[i] ? 'num' : undefined}>{cell}</td>
        ),
      )}
    </tr>
  );
}

export function ReportTable({ caption, head, numeric = [], rows, foot, className, detailLabel }: ReportTableProps) {
  const id = useId();
  const grouped = rows.some((r) => r.detail !== undefined);
  const headerId = (i: number) => `${id}-row-${i}`;
  return (
    <ScrollTable caption={caption} className={['report-table', grouped && 'report-table-grouped', className].filter(Boolean).join(' ')}>
      <thead>
        <tr>
          {head.map((h, i) => (
            <th key={i} scope="col" className={numeric[i] ? 'num' : undefined}>{h}</th>
          ))}
        </tr>
      </thead>
      {grouped ? (
        rows.map((r, i) => (
          <tbody key={r.key} className="report-row-group">
            <Row cells={r.cells} numeric={numeric} headerId={headerId(i)} />
            {r.detail !== undefined && (
              <tr className="report-detail">
                {/* Tied to its row's header, so a screen reader says which line the text belongs to. */}
                <td colSpan={head.length} headers={headerId(i)}>
                  <div className="report-detail-text">
                    {detailLabel && <span className="report-detail-label">{detailLabel}: </span>}
                    {r.detail}
                  </div>
                </td>
              </tr>
            )}
          </tbody>
        ))
      ) : (
        <tbody>
          {rows.map((r) => <Row key={r.key} cells={r.cells} numeric={numeric} />)}
        </tbody>
      )}
      {foot && (
        <tfoot>
          <Row cells={foot.cells} numeric={numeric} />
        </tfoot>
      )}
    </ScrollTable>
  );
}
