import { BENEFIT_TYPES, type BenefitType, type Model } from './model';
import type { ByType, Figures } from './result';
import { Dec, money, sum } from './decimal';
import { presentValue } from './discount';
import { breakEvenIndex } from './break-even';
import { budgetNet, type Flows } from './ledger';

/** The exact (unrounded) figures of one budget holder or group. */
export interface ExactFigures {
  pvCosts: Dec;
  pvBenefits: Record<BenefitType, Dec>;
  pvTransfersIn: Dec;
  pvTransfersOut: Dec;
  /** PV of cashable + capacity: what a budget can see of the gains. */
  pvFiscal: Dec;
  npv: Dec;
  net: Dec[];
  breakEvenIndex: number | null;
  discountedBreakEvenIndex: number | null;
  budgetYearNet: Dec;
  planNet: Dec;
  horizonNet: Dec;
}

export function exactFigures(model: Model, flows: Flows, factors: readonly Dec[]): ExactFigures {
  const net = budgetNet(flows);
  const discountedNet = net.map((x, t) => (x.isZero() ? x : x.times(factors[t]!)));
  const pv = (values: readonly Dec[]) => presentValue(values, factors);
  const pvBenefits = Object.fromEntries(BENEFIT_TYPES.map((type) => [type, pv(flows[type])])) as Record<BenefitType, Dec>;
  return {
    pvCosts: pv(flows.costs),
    pvBenefits,
    pvTransfersIn: pv(flows.transfersIn),
    pvTransfersOut: pv(flows.transfersOut),
    pvFiscal: pvBenefits.cashable.plus(pvBenefits.capacity),
    npv: sum(discountedNet),
    net,
    breakEvenIndex: breakEvenIndex(net),
    discountedBreakEvenIndex: breakEvenIndex(discountedNet),
    budgetYearNet: net[0]!,
    planNet: sum(net.slice(0, model.planYears)),
    horizonNet: sum(net),
  };
}

export function calendarYear(model: Model, index: number | null): number | null {
  return index === null ? null : model.startYear + index;
}

export function byTypeOut(values: Record<BenefitType, Dec>): ByType {
  return { cashable: money(values.cashable), capacity: money(values.capacity), economic: money(values.economic), social: money(values.social) };
}

/** The figures of spec §3 for a sector or level, rounded for output. */
export function figuresOut(model: Model, f: ExactFigures): Figures {
  return {
    pvCosts: money(f.pvCosts),
    pvBenefits: byTypeOut(f.pvBenefits),
    pvTransfersIn: money(f.pvTransfersIn),
    pvTransfersOut: money(f.pvTransfersOut),
    npv: money(f.npv),
    breakEvenYear: calendarYear(model, f.breakEvenIndex),
    discountedBreakEvenYear: calendarYear(model, f.discountedBreakEvenIndex),
    budgetYearNet: money(f.budgetYearNet),
    planNet: money(f.planNet),
    horizonNet: money(f.horizonNet),
  };
}
