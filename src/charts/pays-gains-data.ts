/**
 * "Who pays, who gains" and "per level": one diverging bar per sector (or level).
 * Costs and transfers paid go below zero, gains and transfers received above, gains
 * stacked by type. Signs are fixed here so no chart has to think about them.
 */
import { LEVELS, type BenefitType, type Model } from '../engine/model';
import type { Result } from '../engine/result';
import type { Lang } from '../i18n/catalog';
import { levelTitle } from '../ui/level-names';
import { sectorColor } from '../ui/sector-colors';
import { levelTotals, sectorTotals, type FlowTotals } from './flow-totals';
import { LENS_TYPES, toChartNumber, type Lens } from './lens';
import { ZERO } from '../engine/decimal';

export interface DivergingRow {
  /** Sector id or level. */
  key: string;
  name: string;
  /** The sector's colour; levels have none (their bars are coloured by type). */
  color: string | null;
  /** Costs as a negative number (income from fees shows as positive). */
  costs: number;
  /** Transfers paid, negative. */
  transfersOut: number;
  /** Transfers received, positive. */
  transfersIn: number;
  cashable: number;
  capacity: number;
  economic: number;
  social: number;
  /** Sum of the bar: the lens's gains − costs + transfers in − transfers out. */
  net: number;
}

export interface DivergingData {
  rows: DivergingRow[];
  /** Gain types the lens counts, in stacking order; the others are 0 in every row. */
  types: readonly BenefitType[];
  /** False when no row has a transfer: the legend and table then leave them out. */
  hasTransfers: boolean;
}

function row(key: string, name: string, color: string | null, totals: FlowTotals, lens: Lens): DivergingRow {
  const types = LENS_TYPES[lens.value];
  const gain = (type: BenefitType) => (types.includes(type) ? totals[type] : ZERO);
  const net = types
    .reduce((acc, type) => acc.plus(totals[type]), ZERO)
    .minus(totals.costs)
    .plus(totals.transfersIn)
    .minus(totals.transfersOut);
  return {
    key,
    name,
    color,
    costs: toChartNumber(totals.costs.neg()),
    transfersOut: toChartNumber(totals.transfersOut.neg()),
    transfersIn: toChartNumber(totals.transfersIn),
    cashable: toChartNumber(gain('cashable')),
    capacity: toChartNumber(gain('capacity')),
    economic: toChartNumber(gain('economic')),
    social: toChartNumber(gain('social')),
    net: toChartNumber(net),
  };
}

function finish(rows: DivergingRow[], lens: Lens): DivergingData {
  return {
    rows,
    types: LENS_TYPES[lens.value],
    hasTransfers: rows.some((r) => r.transfersIn !== 0 || r.transfersOut !== 0),
  };
}

/** One bar per sector, in model order. */
export function paysGainsData(result: Result, model: Model, lens: Lens): DivergingData {
  const rows = model.sectors.map((s) =>
    row(s.id, s.name, sectorColor(model.sectors, s.id), sectorTotals(result, s.id, lens), lens),
  );
  return finish(rows, lens);
}

/**
 * One bar per level that has sectors, in the spec's level order (kommune, fylkeskommune,
 * stat, then the others), so the municipality paying while the state gains reads left to right.
 */
export function levelData(result: Result, model: Model, lens: Lens, lang: Lang): DivergingData {
  const present = LEVELS.filter((level) => model.sectors.some((s) => s.level === level));
  const rows = present.map((level) => row(level, levelTitle(level, lang), null, levelTotals(result, model, level, lens), lens));
  return finish(rows, lens);
}
