/**
 * The report's tables as data (pure): which rows and columns, with the engine's decimal
 * strings left unformatted so the components format them in the reader's language.
 */
import { isCohortBenefit, type BenefitType, type CostKind, type Level, type Model } from '../../engine/model';
import type { Figures, Result } from '../../engine/result';
import { Dec, ONE, fixed, money } from '../../engine/decimal';

/** A year table never gets wider than this many sector columns: A4 portrait has room for about nine figures. */
export const SECTORS_PER_TABLE = 6;

export interface YearTable {
  sectors: { id: string; name: string }[];
  /** Present on the last table only: the total and cumulative columns. */
  withTotals: boolean;
  rows: { year: number; cells: string[]; total: string; cumulative: string }[];
}

/** Budget net per sector and year (not discounted), split into tables of at most SECTORS_PER_TABLE sectors. */
export function yearTables(result: Result, model: Model, perTable = SECTORS_PER_TABLE): YearTable[] {
  const groups: { id: string; name: string }[][] = [];
  model.sectors.forEach((s, i) => {
    if (i % perTable === 0) groups.push([]);
    groups[groups.length - 1]!.push({ id: s.id, name: s.name });
  });
  return groups.map((sectors, g) => ({
    sectors,
    withTotals: g === groups.length - 1,
    rows: result.years.map((y) => ({
      year: y.year,
      cells: sectors.map((s) => y.bySector[s.id]?.net ?? '0.00'),
      total: y.net,
      cumulative: y.cumulativeNet,
    })),
  }));
}

export interface FigureRow {
  key: 'pvCosts' | 'pvFiscal' | 'npvFiscal' | 'npv' | 'bcrFiscal' | 'sroi' | 'siloGap' | 'breakEven' | 'budgetYearNet' | 'planNet';
  kind: 'money' | 'ratio' | 'year';
  value: string | number | null;
}

export function headlineFigures(result: Result): FigureRow[] {
  const t = result.totals;
  return [
    { key: 'pvCosts', kind: 'money', value: t.pvCosts },
    { key: 'pvFiscal', kind: 'money', value: t.pvFiscal },
    { key: 'npvFiscal', kind: 'money', value: t.npvFiscal },
    { key: 'npv', kind: 'money', value: t.npv },
    { key: 'bcrFiscal', kind: 'ratio', value: t.bcrFiscal },
    { key: 'sroi', kind: 'ratio', value: t.sroi },
    { key: 'siloGap', kind: 'money', value: t.siloGap },
    { key: 'breakEven', kind: 'year', value: t.breakEvenYear },
    { key: 'budgetYearNet', kind: 'money', value: t.budgetYearNet },
    { key: 'planNet', kind: 'money', value: t.planNet },
  ];
}

export interface PvRow {
  key: string;
  name: string;
  level: Level;
  pvCosts: string;
  /** Cashable + capacity: what a budget can see. */
  pvFiscal: string;
  /** Economic + social: value outside the budgets. */
  pvOther: string;
  /** Transfers in − transfers out. */
  transfersNet: string;
  npv: string;
  breakEvenYear: number | null;
}

function pvRow(key: string, name: string, level: Level, f: Figures): PvRow {
  const b = f.pvBenefits;
  return {
    key, name, level,
    pvCosts: f.pvCosts,
    pvFiscal: money(new Dec(b.cashable).plus(b.capacity)),
    pvOther: money(new Dec(b.economic).plus(b.social)),
    transfersNet: money(new Dec(f.pvTransfersIn).minus(f.pvTransfersOut)),
    npv: f.npv,
    breakEvenYear: f.breakEvenYear,
  };
}

export function sectorRows(result: Result, model: Model): PvRow[] {
  return model.sectors.flatMap((s) => {
    const f = result.sectors.find((x) => x.id === s.id);
    return f ? [pvRow(s.id, s.name, s.level, f)] : [];
  });
}

export function levelRows(result: Result): PvRow[] {
  return result.levels.map((l) => pvRow(l.level, l.level, l.level, l));
}

export interface GainAdjustmentRow {
  id: string;
  label: string;
  sector: string;
  type: BenefitType;
  deadweight: string;
  attribution: string;
  displacement: string;
  /** The optimism bias that applies: the line's own, else the model's. */
  optimismBias: string;
  /** (1 − d)(1 − a)(1 − disp)(1 − ob): the share of the gross gain that is counted. */
  kept: string;
  cohort: null | { label: string; effect: string; unitValue: string; lag: number; duration: number | null; dropOff: string };
}

export function gainAdjustments(model: Model): GainAdjustmentRow[] {
  const sectorName = new Map(model.sectors.map((s) => [s.id, s.name]));
  return model.benefits.map((b) => {
    const ob = b.optimismBias ?? model.optimismBias.benefits;
    const kept = [b.deadweight, b.attribution, b.displacement, ob].reduce((acc, x) => acc.times(ONE.minus(x)), ONE);
    return {
      id: b.id,
      label: b.label,
      sector: sectorName.get(b.sector) ?? b.sector,
      type: b.type,
      deadweight: b.deadweight,
      attribution: b.attribution,
      displacement: b.displacement,
      optimismBias: ob,
      kept: fixed(kept, 6),
      cohort: isCohortBenefit(b)
        ? {
          label: model.cohorts.find((c) => c.id === b.cohort)?.label ?? b.cohort,
          effect: b.effect, unitValue: b.unitValue, lag: b.lag, duration: b.duration, dropOff: b.dropOff,
        }
        : null,
    };
  });
}

export interface CostMethodRow {
  id: string;
  label: string;
  sector: string;
  kind: CostKind;
  /** The uplift that applies: the line's own, else the model's. */
  optimismBias: string;
}

export function costMethodRows(model: Model): CostMethodRow[] {
  const sectorName = new Map(model.sectors.map((s) => [s.id, s.name]));
  return model.costs.map((c) => ({
    id: c.id, label: c.label, sector: sectorName.get(c.sector) ?? c.sector, kind: c.kind,
    optimismBias: c.optimismBias ?? model.optimismBias.costs,
  }));
}

/** Last calendar year of the horizon and of the financial plan (clamped to the horizon). */
export function periodOf(model: Model): { first: number; last: number; planLast: number } {
  return {
    first: model.startYear,
    last: model.startYear + model.years - 1,
    planLast: model.startYear + Math.min(model.planYears, model.years) - 1,
  };
}
