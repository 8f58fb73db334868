/** Plain-text tables for the terminal: columns padded to their widest cell. */

export type Align = 'left' | 'right';

/** Width in code points: "kr" and U+2212 take one column each in a terminal. */
function width(text: string): number {
  return [...text].length;
}

function pad(text: string, size: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return align === 'left' ? text + fill : fill + text;
}

/** The first row is the header; a rule of dashes goes under it. */
export function table(rows: readonly (readonly string[])[], align: readonly Align[]): string {
  const widths = align.map((_, col) => Math.max(...rows.map((row) => width(row[col] ?? ''))));
  const line = (row: readonly string[]) => row.map((cell, col) => pad(cell, widths[col] ?? 0, align[col] ?? 'left')).join('  ').trimEnd();
  const [header, ...body] = rows;
  if (!header) return '';
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** Label–value pairs, values right-aligned in one column. */
export function pairs(rows: readonly (readonly [string, string])[]): string {
  const labelWidth = Math.max(...rows.map(([label]) => width(label)));
  const valueWidth = Math.max(...rows.map(([, value]) => width(value)));
  return rows.map(([label, value]) => `  ${pad(label, labelWidth, 'left')}  ${pad(value, valueWidth, 'right')}`).join('\n');
}

/** Long names would push the figures off the screen. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
