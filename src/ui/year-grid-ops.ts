/**
 * The pure edits behind the year grid. Rows hold decimal strings per year index; the grid
 * shows `years` of them. An edit never shortens a row: entries beyond the horizon are kept,
 * so shortening the horizon and lengthening it again loses nothing.
 */
import Decimal from 'decimal.js';

export interface GridRow {
  id: string;
  values: readonly string[];
}

export interface RowChange {
  rowId: string;
  values: string[];
}

/** The values shown: the first `years`, missing ones as "0". */
export function visibleValues(values: readonly string[], years: number): string[] {
  return Array.from({ length: Math.max(0, years) }, (_, i) => values[i] ?? '0');
}

/** A copy long enough for the horizon, with entries beyond it kept. */
function padded(values: readonly string[], years: number): string[] {
  const out = values.slice();
  while (out.length < years) out.push('0');
  return out;
}

/** Equal when read as amounts: a missing year is 0, so padding alone is no change. */
function sameValues(a: readonly string[], b: readonly string[]): boolean {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) if ((a[i] ?? '0') !== (b[i] ?? '0')) return false;
  return true;
}

/** Sets one year; null when nothing changes. */
export function setValue(values: readonly string[], index: number, value: string, years: number): string[] | null {
  if (index < 0 || index >= years) return null;
  const out = padded(values, years);
  out[index] = value;
  return sameValues(out, values) ? null : out;
}

/** Copies year `from` to every later year of the horizon; null when nothing changes. */
export function fillRight(values: readonly string[], from: number, years: number): string[] | null {
  if (from < 0 || from >= years) return null;
  const out = padded(values, years);
  const v = out[from] ?? '0';
  for (let i = from + 1; i < years; i++) out[i] = v;
  return sameValues(out, values) ? null : out;
}

/**
 * "Copy a year across": every line's value for year `from` is copied to year `from + 1`,
 * the way a budget is rolled forward ("next year as this year"). Pressing it again from the
 * next year continues the roll. Only changed rows are returned.
 */
export function copyYearToNext(rows: readonly GridRow[], from: number, years: number): RowChange[] {
  if (from < 0 || from + 1 >= years) return [];
  const changes: RowChange[] = [];
  for (const row of rows) {
    const next = setValue(row.values, from + 1, row.values[from] ?? '0', years);
    if (next) changes.push({ rowId: row.id, values: next });
  }
  return changes;
}

export type BlockApplication =
  | { ok: true; changes: RowChange[] }
  | { ok: false; reason: 'tooManyRows'; room: number }
  | { ok: false; reason: 'tooManyYears'; room: number };

/**
 * Places a block with its top-left cell at (startRow, startCol): block rows go down the
 * lines, block columns right along the years. A block that does not fit is refused whole,
 * never cut, because a silently dropped column would be a silently wrong budget.
 */
export function applyBlock(
  rows: readonly GridRow[],
  startRow: number,
  startCol: number,
  block: readonly (readonly string[])[],
  years: number,
): BlockApplication {
  const rowRoom = Math.max(0, rows.length - startRow);
  const colRoom = Math.max(0, years - startCol);
  const width = Math.max(0, ...block.map((r) => r.length));
  if (block.length > rowRoom) return { ok: false, reason: 'tooManyRows', room: rowRoom };
  if (width > colRoom) return { ok: false, reason: 'tooManyYears', room: colRoom };
  const changes: RowChange[] = [];
  block.forEach((blockRow, i) => {
    const row = rows[startRow + i];
    if (!row) return;
    const out = padded(row.values, years);
    blockRow.forEach((v, j) => {
      out[startCol + j] = v;
    });
    if (!sameValues(out, row.values)) changes.push({ rowId: row.id, values: out });
  });
  return { ok: true, changes };
}

const PLAIN_DECIMAL = /^-?\d{1,20}(?:\.\d{1,12})?$/;

/**
 * Sum of the years shown, as an exact decimal string (no floats: a row of 20 amounts in
 * øre must add up to the øre). Null when a value is not a plain decimal.
 */
export function rowTotal(values: readonly string[], years: number): string | null {
  let scale = 0;
  let sum = 0n;
  for (const v of visibleValues(values, years)) {
    if (!PLAIN_DECIMAL.test(v)) return null;
    const [i = '0', f = ''] = v.replace('-', '').split('.');
    scale = Math.max(scale, f.length);
    // Every value is scaled by 10^12, so BigInt adds them exactly.
    sum += (v.startsWith('-') ? -1n : 1n) * BigInt(i + f.padEnd(12, '0'));
  }
  const negative = sum < 0n;
  const digits = (negative ? -sum : sum).toString().padStart(13, '0');
  const int = digits.slice(0, -12);
  const frac = digits.slice(-12).slice(0, scale).replace(/0+$/, '');
  const body = frac ? `${int}.${frac}` : int;
  return negative && body !== '0' ? `-${body}` : body;
}

/** Compares two plain decimals exactly (checked values and bounds, never raw user text). */
export function compareDecimal(a: string | number, b: string | number): number {
  return new Decimal(a).cmp(new Decimal(b));
}
