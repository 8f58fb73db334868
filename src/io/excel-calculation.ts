/**
 * The Calculation sheet: spec §2.1–§2.4 as formulas over the Inputs sheet, one row per
 * line and per sector flow, one column per year (the same columns as on Inputs).
 */
import { BENEFIT_TYPES, isCohortBenefit, type CohortBenefit, type Model, type SectorId } from '../engine/model';
import type { Translate } from '../i18n/catalog';
import { SheetBuilder, absRef, columnName, formula, num, ref, sumOf, text, type XCell, type XSheet } from './excel-cells';
import { GAIN_COLS, YEAR_COL, type InputRefs } from './excel-inputs';
import type { ExcelKey } from './excel-messages';

export const SECTOR_FLOWS = ['costs', 'cashable', 'capacity', 'economic', 'social', 'transfersIn', 'transfersOut', 'net'] as const;
export type SectorFlow = (typeof SECTOR_FLOWS)[number];
export const TOTAL_FLOWS = ['costs', 'cashable', 'capacity', 'economic', 'social', 'net', 'cumulative'] as const;
export type TotalFlow = (typeof TOTAL_FLOWS)[number];

export interface CalcRefs {
  sheet: string;
  yearIndexRow: number;
  factorRow: number;
  firstCol: number;
  lastCol: number;
  /** Row of each cost line C(L,t) and gain line B(L,t), by id. */
  costRows: Map<string, number>;
  gainRows: Map<string, number>;
  sectorRows: Map<SectorId, Record<SectorFlow, number>>;
  totalRows: Record<TotalFlow, number>;
}

const yearCol = (t: number) => YEAR_COL + t;

export function buildCalculation(model: Model, inputs: InputRefs, t: Translate<ExcelKey>): { sheet: XSheet; refs: CalcRefs } {
  const b = new SheetBuilder(t('sheet.calc'));
  const H = model.years;
  const lastCol = yearCol(H - 1);
  const inp = (col: number, row: number, abs = false) => absOrRel(inputs.sheet, col, row, abs);
  /** A row whose year cells come from `cell(t)`. */
  const yearRow = (head: XCell[], cell: (t: number) => XCell) => b.add([...pad(head, YEAR_COL), ...Array.from({ length: H }, (_, i) => cell(i))]);

  b.add([text(t('calc.title', { title: model.title }), 'title')]);
  b.add([text(t('calc.note'), 'note')]);
  b.add();
  const yearIndexRow = yearRow([text(t('yearIndex'), 'header')], (i) => num(i, 'int', 'header'));
  const yearIndexCell = (i: number) => `${columnName(yearCol(i))}$${yearIndexRow}`;
  yearRow([text(t('calendarYear'), 'header')], (i) => formula(`${absRef(inputs.startYear)}+${yearIndexCell(i)}`, 'int', 'header'));
  const rateRow = b.next;
  yearRow([text(t('rateRow'))], (i) => (i === 0 ? null : formula(rateFormula(inputs, yearIndexCell(i)), 'pct')));
  // D(0) = 1: year 0 is the budget year the council decides in, so it is not discounted.
  const factorRow = yearRow([text(t('factorRow'))], (i) =>
    i === 0 ? num(1, 'factor') : formula(`${columnName(yearCol(i - 1))}${b.next}/(1+${columnName(yearCol(i))}${rateRow})`, 'factor'));

  b.add();
  b.add([text(t('costLines'), 'heading'), null, null, null, text(t('upliftCol'), 'header')]);
  const costRows = new Map<string, number>();
  for (const c of model.costs) {
    const src = inputs.costRows.get(c.id)!;
    const row = b.next;
    const own = inp(4, src);
    costRows.set(c.id, yearRow(
      [text(c.label), text(c.id), text(sectorName(model, c.sector)), null, formula(`1+IF(${own}="",${absRef(inputs.obCosts)},${own})`, 'factor')],
      (i) => formula(`${inp(yearCol(i), src)}*$E${row}`, 'kr2'),
    ));
  }

  b.add();
  b.add([text(t('gainLines'), 'heading'), null, null, null, text(t('factorCol'), 'header')]);
  const gainRows = new Map<string, number>();
  for (const g of model.benefits) {
    const p = inputs.gainRows.get(g.id)!;
    const row = b.next;
    const keep = (col: number) => `(1-${inp(col, p, true)})`;
    const own = inp(GAIN_COLS.ownBias, p, true);
    const factor = `${keep(GAIN_COLS.deadweight)}*${keep(GAIN_COLS.attribution)}*${keep(GAIN_COLS.displacement)}*(1-IF(${own}="",${absRef(inputs.obBenefits)},${own}))`;
    const cell = isCohortBenefit(g)
      ? (i: number) => formula(cohortFormula(model, g, inputs, p, i, `$E${row}`), 'kr2')
      : (i: number) => formula(`${inp(yearCol(i), inputs.directRows.get(g.id)!)}*$E${row}`, 'kr2');
    gainRows.set(g.id, yearRow([text(g.label), text(g.id), text(sectorName(model, g.sector)), text(t(`flow.${g.type}`)), formula(factor, 'factor')], cell));
  }

  b.add();
  b.add([text(t('transferLines'), 'heading')]);
  const transferRows = new Map<string, number>();
  for (const tr of model.transfers) {
    const src = inputs.transferRows.get(tr.id)!;
    transferRows.set(tr.id, yearRow([text(tr.label), text(tr.id), text(sectorName(model, tr.from)), text(sectorName(model, tr.to))], (i) => formula(inp(yearCol(i), src), 'kr2')));
  }

  b.add();
  b.add([text(t('sectorFlows'), 'heading')]);
  const sectorRows = new Map<SectorId, Record<SectorFlow, number>>();
  for (const s of model.sectors) {
    b.add([text(s.name, 'heading'), text(s.id)]);
    const sum = (rows: number[]) => (i: number) => formula(sumOf(rows.map((r) => `${columnName(yearCol(i))}${r}`)), 'kr2');
    const rowsOf = <T extends { id: string }>(lines: readonly T[], map: Map<string, number>, keep: (l: T) => boolean) =>
      lines.filter(keep).map((l) => map.get(l.id)!);
    const flow = (key: SectorFlow, cell: (i: number) => XCell) => yearRow([text(t(`flow.${key}`))], cell);
    const rows = {} as Record<SectorFlow, number>;
    rows.costs = flow('costs', sum(rowsOf(model.costs, costRows, (c) => c.sector === s.id)));
    for (const type of BENEFIT_TYPES) rows[type] = flow(type, sum(rowsOf(model.benefits, gainRows, (g) => g.sector === s.id && g.type === type)));
    rows.transfersIn = flow('transfersIn', sum(rowsOf(model.transfers, transferRows, (tr) => tr.to === s.id)));
    rows.transfersOut = flow('transfersOut', sum(rowsOf(model.transfers, transferRows, (tr) => tr.from === s.id)));
    // Budgets see fiscal gains only (spec §2.3): economic and social value stay out of net.
    rows.net = flow('net', (i) => {
      const c = (key: SectorFlow) => `${columnName(yearCol(i))}${rows[key]}`;
      return formula(`${c('cashable')}+${c('capacity')}-${c('costs')}+${c('transfersIn')}-${c('transfersOut')}`, 'kr2', 'total');
    });
    sectorRows.set(s.id, rows);
  }

  b.add();
  b.add([text(t('total'), 'heading')]);
  const totalRows = {} as Record<TotalFlow, number>;
  for (const key of TOTAL_FLOWS) {
    if (key === 'cumulative') {
      const row = b.next;
      totalRows.cumulative = yearRow([text(t('flow.cumulative'))], (i) =>
        formula(i === 0 ? `${columnName(yearCol(0))}${totalRows.net}` : `${columnName(yearCol(i - 1))}${row}+${columnName(yearCol(i))}${totalRows.net}`, 'kr2'));
      continue;
    }
    const rows = model.sectors.map((s) => sectorRows.get(s.id)![key]);
    totalRows[key] = yearRow([text(t(`flow.${key}`))], (i) => formula(sumOf(rows.map((r) => `${columnName(yearCol(i))}${r}`)), 'kr2', 'total'));
  }

  const sheet: XSheet = { name: b.name, rows: b.rows, widths: [40, 12, 14, 18, 16, ...Array.from({ length: H }, () => 14)], stickyRows: yearIndexRow + 1 };
  return { sheet, refs: { sheet: b.name, yearIndexRow, factorRow, firstCol: YEAR_COL, lastCol, costRows, gainRows, sectorRows, totalRows } };
}

function sectorName(model: Model, id: SectorId): string {
  return model.sectors.find((s) => s.id === id)?.name ?? id;
}

function pad(cells: XCell[], length: number): XCell[] {
  return [...cells, ...Array.from({ length: Math.max(0, length - cells.length) }, () => null)];
}

/** A cell on another sheet: fully absolute (a parameter) or relative (a year cell copied across). */
function absOrRel(sheet: string, col: number, row: number, abs: boolean): string {
  return ref({ sheet, row, col }, { absCol: abs, absRow: abs });
}

/** A column range such as Inputs!$A$12:$A$14. */
function rowRangeOf(sheet: string, col: number, first: number, last: number): string {
  return `${absRef({ sheet, row: first, col })}:${absRef({ sheet, row: last, col }, sheet)}`;
}

/**
 * r(t): the model's rate, or with a schedule the rate of the last entry with fromYear < t,
 * i.e. the last entry with fromYear ≤ t − 1 (fromYears are integers, sorted, starting at 0).
 */
function rateFormula(inputs: InputRefs, yearIndexCell: string): string {
  if (!inputs.schedule) return absRef(inputs.discountRate!);
  const { first, last } = inputs.schedule;
  const col = (c: number) => rowRangeOf(inputs.sheet, c, first, last);
  return `LOOKUP(${yearIndexCell}-1,${col(0)},${col(1)})`;
}

/**
 * B(L,t) of a cohort line (spec §2.2): the explicit sum over cohort years c of
 * size(c) × (1 − dropOff)^k with k = t − c − lag, for the k that count (k ≥ 0 and
 * k < duration), times effect × unit value × the adjustment factor. The first term has no
 * power, so a drop-off of 100 % never asks a spreadsheet for 0^0.
 */
function cohortFormula(model: Model, g: CohortBenefit, inputs: InputRefs, p: number, t: number, factor: string): string {
  const sizesRow = inputs.cohortRows.get(g.cohort);
  const terms: string[] = [];
  if (sizesRow !== undefined) {
    for (let c = 0; c <= t; c++) {
      const k = t - c - g.lag;
      if (k < 0 || (g.duration !== null && k >= g.duration)) continue;
      const size = ref({ sheet: inputs.sheet, row: sizesRow, col: YEAR_COL + c }, { absRow: true });
      terms.push(k === 0 ? size : `${size}*(1-${absOrRel(inputs.sheet, GAIN_COLS.dropOff, p, true)})^${k}`);
    }
  }
  if (terms.length === 0) return '0';
  const effect = absOrRel(inputs.sheet, GAIN_COLS.effect, p, true);
  const unit = absOrRel(inputs.sheet, GAIN_COLS.unitValue, p, true);
  return `(${terms.join('+')})*${effect}*${unit}*${factor}`;
}
