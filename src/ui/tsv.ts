/**
 * Reading a block copied from a spreadsheet. Excel, LibreOffice and Google Sheets put
 * tab-separated text on the clipboard: cells split by tabs, rows by newlines, and a cell
 * holding a tab, newline or quote wrapped in double quotes (with "" for a quote).
 */
import type { Lang } from '../i18n/catalog';
import { parseDecimalInput, type ParseCode } from '../i18n/parse-number';

/** Splits clipboard text into rows of cells; a trailing newline adds no empty row. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let atCellStart = true;
  while (i < text.length) {
    const ch = text[i];
    if (atCellStart && ch === '"') {
      // Quoted cell: read to the closing quote, "" being a literal quote.
      let j = i + 1;
      let quoted = '';
      while (j < text.length) {
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            quoted += '"';
            j += 2;
            continue;
          }
          break;
        }
        quoted += text[j];
        j++;
      }
      if (j < text.length) {
        cell = quoted;
        i = j + 1;
        atCellStart = false;
        continue;
      }
      // No closing quote: not a quoted cell after all, read the quote as text.
    }
    atCellStart = false;
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
    } else {
      cell += ch;
    }
    i++;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Whether clipboard text is a block (several cells) rather than one value. */
export function isBlock(text: string): boolean {
  return /[\t\n\r]/.test(text.replace(/[\r\n]+$/, ''));
}

/**
 * Which decimal mark the block was written with, judged from cells that can only be read
 * one way: "1.234,5" or "1,5" speak for a decimal comma, "1,234.5" or "1.5" for a decimal
 * point. With no clear sign, or signs both ways, the language in use decides. This keeps a
 * block from an English Excel ("1.250" next to "2.5") from being read as thousands.
 */
export function inferBlockLang(cells: readonly string[], fallback: Lang): Lang {
  let comma = 0;
  let point = 0;
  for (const raw of cells) {
    const s = raw.replace(/[\s\u00a0\u202f]/g, '');
    const dots = s.split('.').length - 1;
    const commas = s.split(',').length - 1;
    if (dots && commas) {
      if (s.lastIndexOf('.') > s.lastIndexOf(',')) point++;
      else comma++;
    } else if (dots > 1) comma++;
    else if (commas > 1) point++;
    else if (dots + commas === 1 && !/^[-+(]?\D*[1-9]\d{0,2}[.,]\d{3}\D*$/.test(s)) {
      if (/\d[.,]-$/.test(s)) continue; // "1 000,-" tells nothing about decimals
      if (dots) point++;
      else comma++;
    }
  }
  if (comma && !point) return 'nb';
  if (point && !comma) return 'en';
  return fallback;
}

export type BlockResult =
  | { ok: true; values: string[][]; rows: number; cols: number }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'badCell'; row: number; col: number; text: string; code: ParseCode };

/**
 * Parses a pasted block into decimal strings. An empty cell means 0 (as pasting an empty
 * cell clears it in a spreadsheet); short rows are padded with 0 to the widest row. One
 * unreadable cell refuses the whole block, so a paste is applied whole or not at all.
 */
export function parseBlock(text: string, opts: { lang: Lang; percent?: boolean }): BlockResult {
  const raw = parseTsv(text);
  const cols = Math.max(0, ...raw.map((r) => r.length));
  if (raw.length === 0 || cols === 0 || raw.every((r) => r.every((c) => c.trim() === ''))) {
    return { ok: false, reason: 'empty' };
  }
  const lang = inferBlockLang(raw.flat(), opts.lang);
  const values: string[][] = [];
  for (let r = 0; r < raw.length; r++) {
    const row: string[] = [];
    for (let c = 0; c < cols; c++) {
      const cell = raw[r]?.[c] ?? '';
      if (cell.trim() === '') {
        row.push('0');
        continue;
      }
      const parsed = parseDecimalInput(cell, { lang, percent: opts.percent });
      if (!parsed.ok) return { ok: false, reason: 'badCell', row: r, col: c, text: cell, code: parsed.code };
      row.push(parsed.value);
    }
    values.push(row);
  }
  return { ok: true, values, rows: values.length, cols };
}
