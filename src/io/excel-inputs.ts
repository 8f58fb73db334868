/**
 * The Inputs sheet: every figure of the model as an editable cell (yellow), in blocks a
 * finance officer recognises. Year columns start at YEAR_COL on this sheet AND on the
 * Calculation sheet, so the same column letter is the same year everywhere.
 */
import { isCohortBenefit, type Model } from '../engine/model';
import type { Translate } from '../i18n/catalog';
import { levelName } from '../ui/level-names';
import type { Lang } from '../i18n/catalog';
import { SheetBuilder, decimalNumber, num, text, type CellRef, type XCell, type XSheet } from './excel-cells';
import type { ExcelKey } from './excel-messages';

/** Column of year index 0 (F): A label, B id, C sector, D kind/type/to, E own optimism bias. */
export const YEAR_COL = 5;

/** Columns of the gain-parameter block. */
export const GAIN_COLS = {
  deadweight: 4, attribution: 5, displacement: 6, ownBias: 7, cohort: 8, effect: 9, unitValue: 10, lag: 11, duration: 12, dropOff: 13,
} as const;

export interface InputRefs {
  sheet: string;
  startYear: CellRef;
  discountRate: CellRef | null;
  /** fromYear cells in column A and rates in column B, rows first…last. */
  schedule: { first: number; last: number } | null;
  planYears: CellRef;
  obCosts: CellRef;
  obBenefits: CellRef;
  threshold: CellRef;
  contractYears: CellRef;
  /** Row of each line in its year block, by id. */
  costRows: Map<string, number>;
  cohortRows: Map<string, number>;
  directRows: Map<string, number>;
  transferRows: Map<string, number>;
  /** Row of each gain line in the parameter block. */
  gainRows: Map<string, number>;
}

const input = (v: number, fmt?: Parameters<typeof num>[1]): XCell => num(v, fmt, 'input');
const optionalInput = (v: string | undefined, fmt: Parameters<typeof num>[1]): XCell => (v === undefined ? text('', 'input') : input(decimalNumber(v), fmt));

export function buildInputs(model: Model, t: Translate<ExcelKey>, lang: Lang): { sheet: XSheet; refs: InputRefs } {
  const b = new SheetBuilder(t('sheet.inputs'));
  const H = model.years;
  const sectorName = new Map(model.sectors.map((s) => [s.id, s.name]));
  const yearValues = (values: readonly string[]) => Array.from({ length: H }, (_, i) => input(decimalNumber(values[i])));
  const yearHeader = (title: string, d: string, e: string) =>
    b.add([text(title, 'heading'), text(t('id'), 'header'), text(t('sector'), 'header'), text(d, 'header'), text(e, 'header'),
      ...Array.from({ length: H }, (_, i) => num(model.startYear + i, 'int', 'header'))]);

  b.add([text(t('inputs.title', { title: model.title }), 'title')]);
  b.add([text(t('inputs.note'), 'note')]);
  b.add();
  b.add([text(t('parameters'), 'heading')]);
  const param = (label: string, cell: XCell, note?: string) => b.at(b.add([text(label), cell, ...(note ? [text(note, 'note')] : [])]), 1);
  const startYear = param(t('startYear'), input(model.startYear, 'int'));
  param(t('years'), num(H, 'int'), t('structureNote'));
  const hasSchedule = (model.discountSchedule?.length ?? 0) > 0;
  const discountRate = hasSchedule ? null : param(t('discountRate'), input(decimalNumber(model.discountRate), 'pct'));
  if (hasSchedule) b.add([text(t('discountRate')), text(t('scheduleNote'), 'note')]);
  const planYears = param(t('planYears'), input(model.planYears, 'int'));
  const obCosts = param(t('obCosts'), input(decimalNumber(model.optimismBias.costs), 'pct'));
  const obBenefits = param(t('obBenefits'), input(decimalNumber(model.optimismBias.benefits), 'pct'));
  const threshold = param(t('threshold'), input(decimalNumber(model.procurement.threshold), 'kr'));
  const contractYears = param(t('contractYears'), input(model.procurement.contractYears, 'int'));

  let schedule: InputRefs['schedule'] = null;
  if (hasSchedule) {
    b.add();
    b.add([text(t('schedule'), 'heading')]);
    b.add([text(t('fromYear'), 'header'), text(t('rate'), 'header')]);
    const first = b.next;
    for (const step of model.discountSchedule!) b.add([input(step.fromYear, 'int'), input(decimalNumber(step.rate), 'pct')]);
    schedule = { first, last: b.next - 1 };
  }

  b.add();
  b.add([text(t('sectors'), 'heading')]);
  b.add([text(t('name'), 'header'), text(t('id'), 'header'), text(t('level'), 'header')]);
  for (const s of model.sectors) b.add([text(s.name), text(s.id), text(levelName(s.level, lang))]);

  b.add();
  const costRows = new Map<string, number>();
  yearHeader(t('costs'), t('kind'), t('ownBias'));
  for (const c of model.costs) {
    costRows.set(c.id, b.add([text(c.label), text(c.id), text(sectorName.get(c.sector) ?? c.sector), text(t(`kind.${c.kind}`)),
      optionalInput(c.optimismBias, 'pct'), ...yearValues(c.amounts)]));
  }

  b.add();
  const cohortRows = new Map<string, number>();
  yearHeader(t('cohorts'), '', '');
  for (const c of model.cohorts) cohortRows.set(c.id, b.add([text(c.label), text(c.id), null, null, null, ...yearValues(c.sizes)]));

  b.add();
  const directRows = new Map<string, number>();
  yearHeader(t('directGains'), t('type'), '');
  for (const g of model.benefits) {
    if (isCohortBenefit(g)) continue;
    directRows.set(g.id, b.add([text(g.label), text(g.id), text(sectorName.get(g.sector) ?? g.sector), text(t(`flow.${g.type}`)), null, ...yearValues(g.amounts)]));
  }

  b.add();
  const transferRows = new Map<string, number>();
  yearHeader(t('transfers'), t('to'), '');
  for (const tr of model.transfers) {
    transferRows.set(tr.id, b.add([text(tr.label), text(tr.id), text(sectorName.get(tr.from) ?? tr.from), text(sectorName.get(tr.to) ?? tr.to), null, ...yearValues(tr.amounts)]));
  }

  b.add();
  b.add([text(t('gainParameters'), 'heading')]);
  b.add([text(t('structureNote'), 'note')]);
  b.add([t('label'), t('id'), t('sector'), t('type'), t('deadweight'), t('attribution'), t('displacement'), t('ownBiasGain'),
    t('cohort'), t('effect'), t('unitValue'), t('lag'), t('duration'), t('dropOff')].map((h) => text(h, 'header')));
  const gainRows = new Map<string, number>();
  const cohortLabel = new Map(model.cohorts.map((c) => [c.id, c.label]));
  for (const g of model.benefits) {
    const common: XCell[] = [text(g.label), text(g.id), text(sectorName.get(g.sector) ?? g.sector), text(t(`flow.${g.type}`)),
      input(decimalNumber(g.deadweight), 'pct'), input(decimalNumber(g.attribution), 'pct'), input(decimalNumber(g.displacement), 'pct'),
      optionalInput(g.optimismBias, 'pct')];
    const cohortPart: XCell[] = isCohortBenefit(g)
      ? [text(cohortLabel.get(g.cohort) ?? g.cohort), input(decimalNumber(g.effect)), input(decimalNumber(g.unitValue), 'kr2'),
        num(g.lag, 'int'), g.duration === null ? text('') : num(g.duration, 'int'), input(decimalNumber(g.dropOff), 'pct')]
      : [text(t('direct'), 'note')];
    gainRows.set(g.id, b.add([...common, ...cohortPart]));
  }

  const sheet: XSheet = { name: b.name, rows: b.rows, widths: [34, 12, 26, 18, 16, ...Array.from({ length: H }, () => 13)] };
  return {
    sheet,
    refs: { sheet: b.name, startYear, discountRate, schedule, planYears, obCosts, obBenefits, threshold, contractYears, costRows, cohortRows, directRows, transferRows, gainRows },
  };
}
