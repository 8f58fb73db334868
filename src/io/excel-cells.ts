/**
 * A small, library-free picture of a workbook: sheets of rows of cells, where a cell is
 * text, a number or a formula. The workbook builder produces this (pure, tested), and
 * excel-export.ts hands it to write-excel-file. Keeping our own picture means the tests
 * can read every formula without unzipping a file, and the library stays swappable.
 */

/** Display formats. Codes are the file's (locale-free) codes: Excel shows `#,##0` as "1 234 567" in Norwegian. */
export const FORMATS = {
  kr: '#,##0',
  kr2: '#,##0.00',
  pct: '0.0%',
  int: '0',
  factor: '0.0000000000',
  ratio: '0.00',
  plain: 'General',
} as const;
export type Format = keyof typeof FORMATS;

export type CellStyle = 'title' | 'heading' | 'header' | 'input' | 'total' | 'note';

export type XCell =
  | { t: 'text'; v: string; style?: CellStyle }
  | { t: 'num'; v: number; fmt?: Format; style?: CellStyle }
  /** A formula WITHOUT the leading "=" (as the file format stores it). */
  | { t: 'formula'; f: string; fmt?: Format; style?: CellStyle }
  | null;

export interface XSheet {
  name: string;
  rows: XCell[][];
  /** Column widths in characters, first column first. */
  widths: number[];
  /** Rows kept in view when scrolling (the year header). */
  stickyRows?: number;
}

/** Where a figure sits: sheet name, 1-based row, 0-based column. */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

export const text = (v: string, style?: CellStyle): XCell => ({ t: 'text', v, style });
export const num = (v: number, fmt?: Format, style?: CellStyle): XCell => ({ t: 'num', v, fmt, style });
export const formula = (f: string, fmt?: Format, style?: CellStyle): XCell => ({ t: 'formula', f, fmt, style });

/** A decimal string from the model as a spreadsheet number (doubles: 15 digits are plenty for kroner). */
export function decimalNumber(value: string | undefined): number {
  const n = Number(value ?? '0');
  return Number.isFinite(n) ? n : 0;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** Sheet names are ours (fixed words per language); quote anything that is not a plain word. */
export function sheetPrefix(sheet: string): string {
  return /^[A-Za-z][A-Za-z0-9_]*$/.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

export interface RefOptions {
  /** Sheet of the formula; the prefix is left out when the target is on the same sheet. */
  from?: string;
  absCol?: boolean;
  absRow?: boolean;
}

export function ref(target: CellRef, opts: RefOptions = {}): string {
  const prefix = opts.from === target.sheet ? '' : sheetPrefix(target.sheet);
  return `${prefix}${opts.absCol ? '$' : ''}${columnName(target.col)}${opts.absRow ? '$' : ''}${target.row}`;
}

export const absRef = (target: CellRef, from?: string) => ref(target, { from, absCol: true, absRow: true });

/** A row range such as Calc!$F$12:$O$12. */
export function rowRange(sheet: string, row: number, firstCol: number, lastCol: number, from?: string): string {
  const prefix = from === sheet ? '' : sheetPrefix(sheet);
  return `${prefix}$${columnName(firstCol)}$${row}:$${columnName(lastCol)}$${row}`;
}

/** Builds a sheet row by row and tells the caller which row number each one got. */
export class SheetBuilder {
  readonly rows: XCell[][] = [];
  constructor(readonly name: string) {}

  /** Appends a row and returns its 1-based row number. */
  add(cells: XCell[] = []): number {
    this.rows.push(cells);
    return this.rows.length;
  }

  /** The row number the next `add` will get. */
  get next(): number {
    return this.rows.length + 1;
  }

  at(row: number, col: number): CellRef {
    return { sheet: this.name, row, col };
  }
}

/** Sum of cells as a formula; "0" when there is nothing to add (a sector with no lines). */
export function sumOf(refs: readonly string[]): string {
  if (refs.length === 0) return '0';
  // Excel takes at most 255 arguments per function: nest in chunks for very long lists.
  if (refs.length > 200) {
    const chunks: string[] = [];
    for (let i = 0; i < refs.length; i += 200) chunks.push(sumOf(refs.slice(i, i + 200)));
    return sumOf(chunks);
  }
  return `SUM(${refs.join(',')})`;
}
