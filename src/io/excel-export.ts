/**
 * The thin edge to write-excel-file: turns our workbook picture into its cells and
 * returns the .xlsx as a Blob. The "universal" build runs in the browser and in Node
 * (the tests) alike and needs no Web Worker.
 */
import writeXlsxFile, { type Cell, type CellObject, type Sheet } from 'write-excel-file/universal';
import type { Model } from '../engine/model';
import type { Lang } from '../i18n/catalog';
import { FORMATS, type CellStyle, type XCell, type XSheet } from './excel-cells';
import { buildWorkbook } from './excel-workbook';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const STYLES: Record<CellStyle, Partial<CellObject>> = {
  title: { fontWeight: 'bold', fontSize: 14 },
  heading: { fontWeight: 'bold' },
  header: { fontWeight: 'bold', backgroundColor: '#E7EEF7', bottomBorderStyle: 'thin' },
  // Inputs are yellow, as finance officers expect of the cells they may change.
  input: { backgroundColor: '#FFF2CC' },
  total: { fontWeight: 'bold' },
  note: { fontStyle: 'italic', textColor: '#555555' },
};

export function toLibraryCell(cell: XCell): Cell {
  if (cell === null) return null;
  const style = cell.style ? STYLES[cell.style] : {};
  switch (cell.t) {
    case 'text':
      return { ...style, value: cell.v, type: String };
    case 'num':
      return { ...style, value: cell.v, type: Number, ...(cell.fmt && cell.fmt !== 'plain' ? { format: FORMATS[cell.fmt] } : {}) };
    case 'formula':
      return { ...style, value: cell.f, type: 'Formula', ...(cell.fmt && cell.fmt !== 'plain' ? { format: FORMATS[cell.fmt] } : {}) };
  }
}

export function toLibrarySheet(sheet: XSheet): Sheet<Blob> {
  return {
    sheet: sheet.name,
    data: sheet.rows.map((row) => row.map(toLibraryCell)),
    columns: sheet.widths.map((width) => ({ width })),
    ...(sheet.stickyRows ? { stickyRowsCount: sheet.stickyRows } : {}),
  };
}

export async function workbookBlob(sheets: readonly XSheet[]): Promise<Blob> {
  const blob = await writeXlsxFile(sheets.map(toLibrarySheet), { fontFamily: 'Calibri', fontSize: 11 }).toBlob();
  return blob.type ? blob : new Blob([blob], { type: XLSX_TYPE });
}

/** The model as a workbook with live formulas, in the reader's language. */
export function modelWorkbookBlob(model: Model, lang: Lang): Promise<Blob> {
  return workbookBlob(buildWorkbook(model, lang).sheets);
}
