/**
 * The Summary sheet: the figures of spec §2.5–§2.6 as formulas over the Calculation
 * sheet, so a finance officer who changes an input sees every figure follow.
 */
import { BENEFIT_TYPES, type Model } from '../engine/model';
import type { Lang, Translate } from '../i18n/catalog';
import { levelName } from '../ui/level-names';
import { SheetBuilder, absRef, columnName, formula, ref, rowRange, text, type CellRef, type XCell, type XSheet } from './excel-cells';
import type { CalcRefs } from './excel-calculation';
import type { InputRefs } from './excel-inputs';
import type { ExcelKey } from './excel-messages';

/** Columns of the per-sector table. */
const COL = { costs: 2, cashable: 3, capacity: 4, economic: 5, social: 6, fiscal: 7, in: 8, out: 9, npv: 10 } as const;
const SHARE_COL = { gain: 1, share: 2, contribution: 3, transfer: 4, after: 5 } as const;

export const TOTAL_KEYS = [
  'pvCosts', 'pvCashable', 'pvCapacity', 'pvEconomic', 'pvSocial', 'pvFiscal', 'pvBenefitsTotal', 'npvFiscal', 'npvCashable', 'npv',
  'bcrFiscal', 'sroi', 'siloGap', 'shareOutsidePayers', 'budgetYearNet', 'planNet',
] as const;
export type TotalKey = (typeof TOTAL_KEYS)[number];

export interface SummaryRefs {
  totals: Record<TotalKey, CellRef>;
  sectors: Map<string, { pvCosts: CellRef; pvFiscal: CellRef; npv: CellRef }>;
  costSharing: Map<string, { share: CellRef; contributionPv: CellRef; requiredTransferPv: CellRef; npvAfter: CellRef }>;
}

export function buildSummary(model: Model, inputs: InputRefs, calc: CalcRefs, t: Translate<ExcelKey>, lang: Lang): { sheet: XSheet; refs: SummaryRefs } {
  const b = new SheetBuilder(t('sheet.summary'));
  /** PV(x) = Σ x(t) × D(t) over a Calculation row. */
  const pv = (row: number) =>
    `SUMPRODUCT(${rowRange(calc.sheet, row, calc.firstCol, calc.lastCol)},${rowRange(calc.sheet, calc.factorRow, calc.firstCol, calc.lastCol)})`;
  const c = (col: number, row: number) => `${columnName(col)}${row}`;

  b.add([text(t('summary.title', { title: model.title }), 'title')]);
  b.add([text(t('summary.note'), 'note')]);
  b.add();
  b.add([text(t('perSector'), 'heading')]);
  b.add([t('sector'), t('level'), t('pvCosts'), t('pvCashable'), t('pvCapacity'), t('pvEconomic'), t('pvSocial'), t('pvFiscal'), t('pvIn'), t('pvOut'), t('npv')]
    .map((h) => text(h, 'header')));
  const sectors = new Map<string, { pvCosts: CellRef; pvFiscal: CellRef; npv: CellRef }>();
  const first = b.next;
  for (const s of model.sectors) {
    const rows = calc.sectorRows.get(s.id)!;
    const r = b.next;
    b.add([text(s.name), text(levelName(s.level, lang)), formula(pv(rows.costs), 'kr'),
      ...BENEFIT_TYPES.map((type) => formula(pv(rows[type]), 'kr')),
      formula(`${c(COL.cashable, r)}+${c(COL.capacity, r)}`, 'kr'),
      formula(pv(rows.transfersIn), 'kr'), formula(pv(rows.transfersOut), 'kr'), formula(pv(rows.net), 'kr', 'total')]);
    sectors.set(s.id, { pvCosts: b.at(r, COL.costs), pvFiscal: b.at(r, COL.fiscal), npv: b.at(r, COL.npv) });
  }
  const last = b.next - 1;
  const column = (col: number) => `${columnName(col)}${first}:${columnName(col)}${last}`;

  b.add();
  b.add([text(t('totals'), 'heading')]);
  const totals = {} as Record<TotalKey, CellRef>;
  const cell = (key: TotalKey) => c(1, totals[key].row);
  const line = (key: TotalKey, label: string, value: XCell) => {
    totals[key] = b.at(b.add([text(label), value]), 1);
  };
  line('pvCosts', t('pvCosts'), formula(pv(calc.totalRows.costs), 'kr'));
  line('pvCashable', t('pvCashable'), formula(pv(calc.totalRows.cashable), 'kr'));
  line('pvCapacity', t('pvCapacity'), formula(pv(calc.totalRows.capacity), 'kr'));
  line('pvEconomic', t('pvEconomic'), formula(pv(calc.totalRows.economic), 'kr'));
  line('pvSocial', t('pvSocial'), formula(pv(calc.totalRows.social), 'kr'));
  line('pvFiscal', t('pvFiscal'), formula(`${cell('pvCashable')}+${cell('pvCapacity')}`, 'kr'));
  line('pvBenefitsTotal', t('pvBenefitsTotal'), formula(`${cell('pvFiscal')}+${cell('pvEconomic')}+${cell('pvSocial')}`, 'kr'));
  line('npvFiscal', t('npvFiscal'), formula(`${cell('pvFiscal')}-${cell('pvCosts')}`, 'kr', 'total'));
  line('npvCashable', t('npvCashable'), formula(`${cell('pvCashable')}-${cell('pvCosts')}`, 'kr'));
  line('npv', t('npvAll'), formula(`${cell('pvBenefitsTotal')}-${cell('pvCosts')}`, 'kr', 'total'));
  // Ratios per krone are undefined without costs: an empty cell, never #DIV/0!.
  line('bcrFiscal', t('bcrFiscal'), formula(`IF(${cell('pvCosts')}=0,"",${cell('pvFiscal')}/${cell('pvCosts')})`, 'ratio'));
  line('sroi', t('sroi'), formula(`IF(${cell('pvCosts')}=0,"",${cell('pvBenefitsTotal')}/${cell('pvCosts')})`, 'ratio'));
  const losses = model.sectors.map((s) => `MAX(0,-${c(COL.npv, sectors.get(s.id)!.npv.row)})`);
  line('siloGap', t('siloGap'), formula(losses.join('+'), 'kr', 'total'));
  line('shareOutsidePayers', t('shareOutside'),
    formula(`IF(${cell('pvFiscal')}>0,SUMIF(${column(COL.costs)},0,${column(COL.fiscal)})/${cell('pvFiscal')},"")`, 'pct'));
  const netRange = rowRange(calc.sheet, calc.totalRows.net, calc.firstCol, calc.lastCol);
  line('budgetYearNet', t('budgetYearNet'), formula(ref({ sheet: calc.sheet, row: calc.totalRows.net, col: calc.firstCol }), 'kr'));
  const indexRange = rowRange(calc.sheet, calc.yearIndexRow, calc.firstCol, calc.lastCol);
  line('planNet', t('planNet'), formula(`SUMPRODUCT((${indexRange}<${absRef(inputs.planYears)})*${netRange})`, 'kr'));

  const costSharing = costSharingBlock(b, model, sectors, totals.pvCosts, t);
  const sheet: XSheet = { name: b.name, rows: b.rows, widths: [46, 18, ...Array.from({ length: 9 }, () => 16)] };
  return { sheet, refs: { totals, sectors, costSharing } };
}

/** Spec §2.6: each sector pays in proportion to its positive budget gain. */
function costSharingBlock(
  b: SheetBuilder, model: Model, sectors: SummaryRefs['sectors'], pvCosts: CellRef, t: Translate<ExcelKey>,
): SummaryRefs['costSharing'] {
  const c = (ref: CellRef) => `${columnName(ref.col)}${ref.row}`;
  const abs = (ref: CellRef) => `$${columnName(ref.col)}$${ref.row}`;
  b.add();
  b.add([text(t('costSharing'), 'heading')]);
  const first = b.next + 2;
  const last = first + model.sectors.length - 1;
  const pool = `SUM($B$${first}:$B$${last})`;
  const appliesRow = b.add([text(t('applies')), formula(`AND(${pool}>0,${abs(pvCosts)}>0)`)]);
  const applies = `$B$${appliesRow}`;
  b.add([t('sector'), t('gain'), t('share'), t('contribution'), t('requiredTransfer'), t('npvAfter')].map((h) => text(h, 'header')));
  const out: SummaryRefs['costSharing'] = new Map();
  for (const s of model.sectors) {
    const own = sectors.get(s.id)!;
    const r = b.next;
    const share = `B${r}/${pool}`;
    b.add([
      text(s.name),
      formula(`MAX(0,${c(own.pvFiscal)})`, 'kr'),
      formula(`IF(${applies},${share},"")`, 'pct'),
      formula(`IF(${applies},${share}*${abs(pvCosts)},"")`, 'kr'),
      formula(`IF(${applies},${share}*${abs(pvCosts)}-${c(own.pvCosts)},"")`, 'kr'),
      formula(`IF(${applies},${c(own.pvFiscal)}-${share}*${abs(pvCosts)},"")`, 'kr'),
    ]);
    out.set(s.id, {
      share: b.at(r, SHARE_COL.share), contributionPv: b.at(r, SHARE_COL.contribution),
      requiredTransferPv: b.at(r, SHARE_COL.transfer), npvAfter: b.at(r, SHARE_COL.after),
    });
  }
  return out;
}
