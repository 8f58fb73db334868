/**
 * What pasting a spreadsheet block into the year grid does, as a pure function: either the
 * row changes to apply, or why the paste is refused (as a message key and its values), so
 * the whole decision is tested without a browser.
 */
import type { Lang } from '../i18n/catalog';
import { parseBlock } from './tsv';
import { applyBlock, type GridRow, type RowChange } from './year-grid-ops';

export type PastePlan =
  | { ok: true; changes: RowChange[]; rows: number; cols: number }
  | { ok: false; key: 'grid.pasteEmpty'; params?: undefined }
  | { ok: false; key: 'grid.pasteBadCell'; params: { r: number; c: number; text: string } }
  | { ok: false; key: 'grid.pasteInvalidCell'; params: { r: number; c: number; text: string; reason: string } }
  | { ok: false; key: 'grid.pasteTooManyRows'; params: { rows: number; room: number } }
  | { ok: false; key: 'grid.pasteTooManyYears'; params: { cols: number; room: number } };

export interface PasteTarget {
  rows: readonly GridRow[];
  /** The cell pasted into: the block's top-left corner. */
  row: number;
  col: number;
  years: number;
  lang: Lang;
  percent?: boolean;
  /** The field's own checks (whole number, bounds, custom): a reason, or null when fine. */
  check?: (value: string) => string | null;
}

export function planPaste(text: string, target: PasteTarget): PastePlan {
  const block = parseBlock(text, { lang: target.lang, percent: target.percent });
  if (!block.ok) {
    if (block.reason === 'empty') return { ok: false, key: 'grid.pasteEmpty' };
    return { ok: false, key: 'grid.pasteBadCell', params: { r: block.row + 1, c: block.col + 1, text: block.text } };
  }
  for (const [i, line] of block.values.entries()) {
    for (const [j, value] of line.entries()) {
      const reason = target.check?.(value) ?? null;
      if (reason) return { ok: false, key: 'grid.pasteInvalidCell', params: { r: i + 1, c: j + 1, text: value, reason } };
    }
  }
  const applied = applyBlock(target.rows, target.row, target.col, block.values, target.years);
  if (!applied.ok) {
    return applied.reason === 'tooManyRows'
      ? { ok: false, key: 'grid.pasteTooManyRows', params: { rows: block.rows, room: applied.room } }
      : { ok: false, key: 'grid.pasteTooManyYears', params: { cols: block.cols, room: applied.room } };
  }
  return { ok: true, changes: applied.changes, rows: block.rows, cols: block.cols };
}
