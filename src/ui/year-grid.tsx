import { useId, useLayoutEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent, type ReactNode } from 'react';
import { formatNumber, formatPercent, formatYear } from '../i18n/format';
import { commonMessages } from '../i18n/messages/common';
import { useLang, useMessages } from '../i18n/use-messages';
import { uiMessages } from './ui-messages';
import { compareDecimal, copyYearToNext, fillRight, setValue, type RowChange } from './year-grid-ops';
import { cellId as cellIdOf, YearGridRowView, type RowHandlers } from './year-grid-row';
import { isBlock } from './tsv';
import { planPaste } from './year-grid-paste';

export interface YearGridRow {
  id: string;
  label: string;
  /** Decimal strings per year index; may be shorter (shown as 0) or longer (kept) than `years`. */
  values: readonly string[];
}

export interface YearGridProps {
  caption: string;
  startYear: number;
  years: number;
  rows: readonly YearGridRow[];
  /** One row changed; `values` keeps entries beyond the horizon. */
  onChange: (rowId: string, values: string[]) => void;
  /** Several rows changed by one action (paste, copy a year): give this to make it one undo step. */
  onChangeMany?: (changes: RowChange[]) => void;
  /** Content of a row's header cell (default: its label). */
  rowHeader?: (row: YearGridRow) => ReactNode;
  /** Heading above the row headers (default "Line"). */
  rowHeaderTitle?: string;
  /** Extra content at the end of a row (delete button, sparkline …). */
  renderRowExtra?: (row: YearGridRow) => ReactNode;
  /** Heading of the extra column (visually hidden when not given). */
  extraHeader?: string;
  /** A "Total" column with the sum of the years shown. */
  showTotals?: boolean;
  percent?: boolean;
  /** Money cells: "1 234,50" keeps its øre digits after commit. */
  money?: boolean;
  integer?: boolean;
  decimals?: number;
  /** Bounds of every cell (decimal strings or numbers; fractions for percent grids). */
  min?: string | number;
  max?: string | number;
  validate?: (value: string) => string | null;
}

type Status = { kind: 'done' | 'refused'; text: string } | null;

/**
 * An editable grid of lines × years (costs, direct gains, transfers, cohort sizes).
 * - Fill right (per line): copies the line's chosen year to every later year.
 * - Copy a year across (above the grid): copies the chosen year of every line to the next
 *   year, rolling the budget forward ("next year as this year"); press again to continue.
 * - Paste: a block copied from Excel fills from the cell pasted into, lines down and years
 *   right; a block with an unreadable cell, or one that does not fit, changes nothing.
 * - Arrow keys move between cells (left/right once the caret is at the edge of the text).
 */
export function YearGrid(props: YearGridProps) {
  const { caption, startYear, years, rows, percent, integer, decimals, validate } = props;
  const lang = useLang();
  const t = useMessages(uiMessages);
  const c = useMessages(commonMessages);
  const gridId = `grid-${useId()}`;
  const hintId = `${gridId}-hint`;
  const [current, setCurrent] = useState({ row: 0, col: 0 });
  const [colByRow, setColByRow] = useState<Record<string, number>>({});
  const [status, setStatus] = useState<Status>(null);

  const cellId = (r: number, col: number) => cellIdOf(gridId, r, col);
  // A line not yet named still gets a name screen readers can say.
  const rowName = (r: number) => rows[r]?.label.trim() || `${t('grid.line')} ${r + 1}`;
  const yearText = (col: number) => formatYear(startYear + col, lang);
  const currentCol = Math.min(current.col, Math.max(0, years - 1));
  const currentRowIndex = Math.max(0, Math.min(current.row, rows.length - 1));
  const shownValue = (v: string) =>
    percent ? formatPercent(v, lang, decimals ?? 2, { trim: true }) : formatNumber(v, lang, decimals);

  function emit(changes: RowChange[]) {
    if (changes.length === 0) return;
    if (props.onChangeMany) props.onChangeMany(changes);
    else for (const ch of changes) props.onChange(ch.rowId, ch.values);
  }

  function focusCell(r: number, col: number) {
    if (r < 0 || r >= rows.length || col < 0 || col >= years) return;
    document.getElementById(cellId(r, col))?.focus();
  }

  function onCellKeyDown(e: KeyboardEvent<HTMLInputElement>, r: number, col: number) {
    const el = e.currentTarget;
    const len = el.value.length;
    const start = el.selectionStart ?? 0;
    const end = el.selectionEnd ?? len;
    const whole = start === 0 && end === len;
    const move = (dr: number, dc: number) => {
      e.preventDefault();
      focusCell(r + dr, col + dc);
    };
    if (e.key === 'ArrowUp') move(-1, 0);
    else if (e.key === 'ArrowDown') move(1, 0);
    else if (e.key === 'ArrowLeft' && start === 0 && (start === end || whole)) move(0, -1);
    else if (e.key === 'ArrowRight' && end === len && (start === end || whole)) move(0, 1);
  }

  function cellProblem(value: string): string | null {
    if (integer && value.includes('.')) return t('number.wholeNumber');
    if (props.min !== undefined && compareDecimal(value, props.min) < 0) return t('number.min', { min: shownValue(String(props.min)) });
    if (props.max !== undefined && compareDecimal(value, props.max) > 0) return t('number.max', { max: shownValue(String(props.max)) });
    return validate?.(value) ?? null;
  }

  function onCellPaste(e: ClipboardEvent<HTMLInputElement>, r: number, col: number) {
    const text = e.clipboardData.getData('text/plain');
    if (!isBlock(text)) return; // one value: an ordinary paste into the field
    e.preventDefault();
    const plan = planPaste(text, { rows, row: r, col, years, lang, percent, check: cellProblem });
    if (!plan.ok) return setStatus({ kind: 'refused', text: t(plan.key, plan.params) });
    emit(plan.changes);
    const where = { row: rowName(r), year: yearText(col) };
    setStatus({ kind: 'done', text: t('grid.pasteDone', { rows: plan.rows, cols: plan.cols, ...where }) });
  }

  function fillRowRight(row: YearGridRow, r: number) {
    const from = Math.min(colByRow[row.id] ?? 0, years - 1);
    const next = fillRight(row.values, from, years);
    if (next) props.onChange(row.id, next);
    const shown = shownValue(row.values[from] ?? '0');
    setStatus({ kind: 'done', text: t('grid.fillRightDone', { row: rowName(r), value: shown, year: yearText(from) }) });
  }

  function copyCurrentYear() {
    emit(copyYearToNext(rows, currentCol, years));
    setStatus({ kind: 'done', text: t('grid.copyYearDone', { year: yearText(currentCol), next: yearText(currentCol + 1) }) });
    setCurrent({ row: current.row, col: currentCol + 1 });
  }

  function commitCell(row: YearGridRow, col: number, value: string) {
    const next = setValue(row.values, col, value, years);
    if (next) props.onChange(row.id, next);
  }

  function onCellFocus(r: number, col: number, rowId: string) {
    setCurrent((c) => (c.row === r && c.col === col ? c : { row: r, col }));
    setColByRow((m) => (m[rowId] === col ? m : { ...m, [rowId]: col }));
  }

  // The rows get one stable set of handlers that call the latest ones, so a row whose data
  // did not change can skip redrawing. Set in a layout effect: before any later event.
  const latest = useRef({ commitCell, onCellFocus, onCellKeyDown, onCellPaste, fillRowRight });
  useLayoutEffect(() => {
    latest.current = { commitCell, onCellFocus, onCellKeyDown, onCellPaste, fillRowRight };
  });
  const handlers = useMemo<RowHandlers>(() => ({
    commit: (row, col, value) => latest.current.commitCell(row, col, value),
    focus: (r, col, rowId) => latest.current.onCellFocus(r, col, rowId),
    keyDown: (e, r, col) => latest.current.onCellKeyDown(e, r, col),
    paste: (e, r, col) => latest.current.onCellPaste(e, r, col),
    fillRight: (row, r) => latest.current.fillRowRight(row, r),
  }), []);

  if (rows.length === 0) {
    return (
      <section aria-label={caption} className="year-grid">
        <p>{t('grid.noRows')}</p>
      </section>
    );
  }

  return (
    <div className="year-grid">
      <p id={hintId} className="year-grid-hint">
        {t('grid.pasteHint')}
      </p>
      <div className="year-grid-toolbar" role="group" aria-label={`${caption}: ${c('actions')}`}>
        <span>{t('grid.currentCell', { row: rowName(currentRowIndex), year: yearText(currentCol) })} </span>
        <button type="button" onClick={copyCurrentYear} disabled={currentCol + 1 >= years} title={t('grid.copyYearHint')}>
          {t('grid.copyYear', { year: yearText(currentCol), next: yearText(currentCol + 1) })}
        </button>
      </div>
      <p role="status" className="year-grid-status">
        {status?.kind === 'done' ? status.text : ''}
      </p>
      <p role="alert" className="field-error">
        {status?.kind === 'refused' ? status.text : ''}
      </p>
      <div className="year-grid-scroll" style={{ overflowX: 'auto' }}>
        <table aria-describedby={hintId}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{props.rowHeaderTitle ?? t('grid.line')}</th>
              {Array.from({ length: years }, (_, col) => (
                <th scope="col" key={col} className="num">
                  {yearText(col)}
                </th>
              ))}
              {props.showTotals && (
                <th scope="col" className="num">
                  {t('grid.total')}
                </th>
              )}
              <th scope="col">
                {props.extraHeader ?? <span className="visually-hidden">{c('actions')}</span>}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <YearGridRowView
                key={row.id}
                row={row}
                r={r}
                name={rowName(r)}
                gridId={gridId}
                startYear={startYear}
                years={years}
                from={Math.min(colByRow[row.id] ?? 0, years - 1)}
                handlers={handlers}
                showTotals={props.showTotals}
                percent={percent}
                money={props.money}
                integer={integer}
                decimals={decimals}
                min={props.min}
                max={props.max}
                validate={validate}
                rowHeader={props.rowHeader}
                renderRowExtra={props.renderRowExtra}
              />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
