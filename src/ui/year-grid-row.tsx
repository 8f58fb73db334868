import { memo, type ClipboardEvent, type KeyboardEvent, type ReactNode } from 'react';
import { formatNumber, formatPercent, formatYear } from '../i18n/format';
import { useLang, useMessages } from '../i18n/use-messages';
import { NumberField } from './number-field';
import { uiMessages } from './ui-messages';
import { rowTotal, visibleValues } from './year-grid-ops';

export interface YearGridRowData {
  id: string;
  label: string;
  values: readonly string[];
}

/** What a cell does, supplied once by the grid (stable functions that read its latest state). */
export interface RowHandlers {
  commit: (row: YearGridRowData, col: number, value: string) => void;
  focus: (r: number, col: number, rowId: string) => void;
  keyDown: (e: KeyboardEvent<HTMLInputElement>, r: number, col: number) => void;
  paste: (e: ClipboardEvent<HTMLInputElement>, r: number, col: number) => void;
  fillRight: (row: YearGridRowData, r: number) => void;
}

export interface YearGridRowProps {
  row: YearGridRowData;
  r: number;
  /** The accessible name of the line (its label, or "Line 3" when unnamed). */
  name: string;
  gridId: string;
  startYear: number;
  years: number;
  /** The year fill-right copies from: the line's last focused cell. */
  from: number;
  handlers: RowHandlers;
  showTotals?: boolean;
  percent?: boolean;
  /** Money cells: shown with both øre digits when they have øre (see NumberField). */
  money?: boolean;
  integer?: boolean;
  decimals?: number;
  min?: string | number;
  max?: string | number;
  validate?: (value: string) => string | null;
  rowHeader?: (row: YearGridRowData) => ReactNode;
  renderRowExtra?: (row: YearGridRowData) => ReactNode;
}

export const cellId = (gridId: string, r: number, col: number) => `${gridId}-r${r}-c${col}`;

/**
 * One line of the year grid. Memoised on its own data (the row's values list is replaced
 * only when the line changes), so an edit redraws one line's fields, not every line's:
 * with a few thousand fields on screen that is the difference between a keystroke that
 * answers at once and one that stalls.
 */
export const YearGridRowView = memo(function YearGridRowView(props: YearGridRowProps) {
  const { row, r, name, gridId, startYear, years, from, handlers } = props;
  const lang = useLang();
  const t = useMessages(uiMessages);
  const yearText = (col: number) => formatYear(startYear + col, lang);
  const total = rowTotal(row.values, years) ?? '';
  const shownTotal = props.percent
    ? formatPercent(total, lang, props.decimals ?? 2, { trim: true })
    : formatNumber(total, lang, props.decimals);
  return (
    <tr data-row-id={row.id}>
      <th scope="row">
        {/* At most two lines (base.css), so one long name does not make every row of the grid tall; the whole name shows on hover. */}
        {props.rowHeader ? props.rowHeader(row) : <span className="year-grid-label" title={name}>{name}</span>}
      </th>
      {visibleValues(row.values, years).map((v, col) => (
        <td key={col} className="num">
          <NumberField
            id={cellId(gridId, r, col)}
            label={t('grid.cellLabel', { row: name, year: yearText(col) })}
            hideLabel
            compact
            value={v}
            size={9}
            percent={props.percent}
            money={props.money}
            integer={props.integer}
            decimals={props.decimals}
            validate={props.validate}
            min={props.min}
            max={props.max}
            onCommit={(value) => handlers.commit(row, col, value)}
            onFocus={() => handlers.focus(r, col, row.id)}
            onKeyDown={(e) => handlers.keyDown(e, r, col)}
            onPaste={(e) => handlers.paste(e, r, col)}
          />
        </td>
      ))}
      {props.showTotals && <td className="num">{shownTotal}</td>}
      <td>
        <button
          type="button"
          onClick={() => handlers.fillRight(row, r)}
          disabled={from + 1 >= years}
          aria-label={t('grid.fillRightLabel', { row: name, year: yearText(from) })}
        >
          {t('grid.fillRight')}
        </button>
        {props.renderRowExtra?.(row)}
      </td>
    </tr>
  );
}, sameRow);

/** Props equal, except that a row object rebuilt by the caller with the same content counts as the same. */
function sameRow(a: YearGridRowProps, b: YearGridRowProps): boolean {
  for (const key of Object.keys(a) as (keyof YearGridRowProps)[]) {
    if (key === 'row') continue;
    if (a[key] !== b[key]) return false;
  }
  return Object.keys(a).length === Object.keys(b).length
    && a.row.id === b.row.id && a.row.label === b.row.label && a.row.values === b.row.values;
}
