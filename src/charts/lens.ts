/**
 * The lenses a reader can look through (issue 4 §3): which gains count, and whether
 * money is shown as the kroner each budget sees in its year or as present values.
 * Every data-shaping function takes a lens, so the charts, their tables and the printed
 * report always agree on what a figure means.
 */
import { BENEFIT_TYPES, type BenefitType } from '../engine/model';
import type { SectorYear } from '../engine/result';
import { Dec, ZERO } from '../engine/decimal';

/** cashable only / fiscal (cashable + capacity) / all value (adds economic and social). */
export const VALUE_LENSES = ['cashable', 'fiscal', 'all'] as const;
export type ValueLens = (typeof VALUE_LENSES)[number];

/** budget: undiscounted kroner in the year they fall; pv: present values (× D(t)). */
export const MONEY_LENSES = ['budget', 'pv'] as const;
export type MoneyLens = (typeof MONEY_LENSES)[number];

export interface Lens {
  value: ValueLens;
  money: MoneyLens;
}

/** What budgets see (spec §2.3): the default the engine's own net uses. */
export const DEFAULT_LENS: Lens = { value: 'fiscal', money: 'pv' };

export const LENS_TYPES: Record<ValueLens, readonly BenefitType[]> = {
  cashable: ['cashable'],
  fiscal: ['cashable', 'capacity'],
  all: BENEFIT_TYPES,
};

export function typeCounts(lens: Lens, type: BenefitType): boolean {
  return LENS_TYPES[lens.value].includes(type);
}

/** The gains a sector has in one year under the lens (before discounting). */
export function lensGains(flows: SectorYear, lens: Lens): Dec {
  let total = ZERO;
  for (const type of LENS_TYPES[lens.value]) total = total.plus(flows[type]);
  return total;
}

/**
 * Net under the lens: gains − costs + transfers in − transfers out. With the fiscal lens
 * this is exactly the engine's budget net (spec §2.3).
 */
export function lensNet(flows: SectorYear, lens: Lens): Dec {
  return lensGains(flows, lens).minus(flows.costs).plus(flows.transfersIn).minus(flows.transfersOut);
}

/** Present values discount each year; budget kroner are taken as they fall. */
export function yearWeight(discountFactor: string, lens: Lens): Dec {
  return lens.money === 'pv' ? new Dec(discountFactor) : new Dec(1);
}

/** The one place money leaves Decimal for a chart: rounded to øre, never NaN. */
export function toChartNumber(value: Dec): number {
  const n = Number(value.toFixed(2));
  return Number.isFinite(n) ? n : 0;
}
