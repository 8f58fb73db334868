import { BENEFIT_TYPES, type BenefitType, type Model } from './model';
import type { ByType, Figures, Totals } from './result';
import { Dec, ZERO, add, money, ratio, same, sum } from './decimal';
import { breakEvenFromRunning } from './break-even';
import { presentValue } from './discount';
import { FLOW_KEYS, netAt, type Flows } from './ledger';

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

/** PV(x) = Σ x(t) × D(t), kept per year: the products and the running sum after each year. */
interface PvState {
  values: readonly Dec[];
  products: Dec[];
  running: Dec[];
  /** PV itself: the running sum after the last year. */
  pv: Dec;
}

/**
 * The figures with the series they come from, so the next calculation can redo only the
 * years whose values changed: a year with the same values gives the same products and
 * nets, and a running sum (PV, K(t)) is resumed from the first year that changed.
 */
export interface FigureState {
  flows: Flows;
  factors: readonly Dec[];
  planYears: number;
  net: Dec[];
  discounted: Dec[];
  /** K(t), the cumulative net; on discounted net below. */
  running: Dec[];
  discountedRunning: Dec[];
  pv: Record<keyof Flows, PvState>;
  figures: ExactFigures;
}

export function exactFigures(model: Model, flows: Flows, factors: readonly Dec[]): ExactFigures {
  return figureState(model, flows, factors).figures;
}

const NET_INPUTS = ['cashable', 'capacity', 'costs', 'transfersIn', 'transfersOut'] as const satisfies readonly (keyof Flows)[];

/**
 * The figures of spec §2.5 from the flows; `old` (made from the same factors) lets
 * unchanged years be reused. `keep: false` is for a one-off calculation: the products
 * and running sums of the present values are not kept (a large model would carry tens of
 * thousands of Decimals into the garbage collector's old space for nothing).
 */
export function figureState(model: Model, flows: Flows, factors: readonly Dec[], old?: FigureState, keep = true): FigureState {
  const prev = old && old.factors === factors && old.planYears === model.planYears ? old : undefined;
  if (prev && FLOW_KEYS.every((k) => flows[k] === prev.flows[k])) return prev;
  const H = factors.length;
  const changedInputs = prev ? NET_INPUTS.filter((k) => flows[k] !== prev.flows[k]) : [];

  const net = new Array<Dec>(H);
  const discounted = new Array<Dec>(H);
  let first = H; // the first year whose net differs from last time
  for (let t = 0; t < H; t++) {
    if (prev && changedInputs.every((k) => flows[k][t] === prev.flows[k][t])) {
      net[t] = prev.net[t]!;
    } else {
      const n = netAt(flows, t);
      net[t] = prev && same(n, prev.net[t]) ? prev.net[t]! : n;
    }
    if (prev && net[t] === prev.net[t]) discounted[t] = prev.discounted[t]!;
    else {
      if (first === H) first = t;
      // PV(net) is summed from these, so a year that nets to zero is not multiplied.
      discounted[t] = net[t]!.isZero() ? net[t]! : net[t]!.times(factors[t]!);
    }
  }
  const running = runningSum(net, first, prev?.running);
  const discountedRunning = runningSum(discounted, first, prev?.discountedRunning);

  const pv = {} as Record<keyof Flows, PvState>;
  for (const key of FLOW_KEYS) pv[key] = keep ? presentValueState(flows[key], factors, prev?.pv[key]) : presentValueOnly(flows[key], factors);
  const last = (key: keyof Flows) => pv[key].pv;
  const pvBenefits = Object.fromEntries(BENEFIT_TYPES.map((type) => [type, last(type)])) as Record<BenefitType, Dec>;
  const fiscalSame = prev && pvBenefits.cashable === prev.figures.pvBenefits.cashable && pvBenefits.capacity === prev.figures.pvBenefits.capacity;
  const total = running[H - 1] ?? ZERO;
  return {
    flows, factors, planYears: model.planYears, net, discounted, running, discountedRunning, pv,
    figures: {
      pvCosts: last('costs'),
      pvBenefits,
      pvTransfersIn: last('transfersIn'),
      pvTransfersOut: last('transfersOut'),
      pvFiscal: fiscalSame ? prev.figures.pvFiscal : add(pvBenefits.cashable, pvBenefits.capacity),
      npv: discountedRunning[H - 1] ?? ZERO,
      net,
      breakEvenIndex: breakEvenFromRunning(running),
      discountedBreakEvenIndex: breakEvenFromRunning(discountedRunning),
      budgetYearNet: net[0]!,
      // Σ net over the first planYears years is the running sum at the last of them.
      planNet: running[Math.min(model.planYears, H) - 1] ?? ZERO,
      horizonNet: total,
    },
  };
}

/** K(t) = Σ_{u ≤ t} x(u), keeping the old sums before `from`. */
function runningSum(values: readonly Dec[], from: number, old: Dec[] | undefined): Dec[] {
  if (old && from >= values.length) return old;
  const out = old ? old.slice(0, from) : [];
  let acc = out.length > 0 ? out[out.length - 1]! : ZERO;
  for (let t = out.length; t < values.length; t++) {
    acc = add(acc, values[t]!);
    out.push(acc);
  }
  return out;
}

function presentValueState(values: readonly Dec[], factors: readonly Dec[], old: PvState | undefined): PvState {
  if (old && old.values === values) return old;
  // (old comes from the same factors: figureState checks that.)
  const H = factors.length;
  const products = new Array<Dec>(H);
  let first = old ? H : 0;
  for (let t = 0; t < H; t++) {
    const v = values[t]!;
    if (old && v === old.values[t]) products[t] = old.products[t]!;
    else {
      // Most flows are zero in most years: the sum skips them (see presentValue).
      products[t] = v.isZero() ? ZERO : v.times(factors[t]!);
      if (first === H) first = t;
    }
  }
  const running = old ? old.running.slice(0, first) : [];
  let pv = running.length > 0 ? running[running.length - 1]! : ZERO;
  for (let t = running.length; t < H; t++) {
    if (!values[t]!.isZero()) pv = add(pv, products[t]!);
    running.push(pv);
  }
  return { values, products, running, pv: running[H - 1] ?? ZERO };
}

function presentValueOnly(values: readonly Dec[], factors: readonly Dec[]): PvState {
  return { values, products: [], running: [], pv: presentValue(values, factors) };
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

/** The totals of spec §2.5 and §3, rounded for output. */
export function totals(model: Model, all: ExactFigures, sectors: readonly ExactFigures[]): Totals {
  const pvBenefitsTotal = sum(BENEFIT_TYPES.map((type) => all.pvBenefits[type]));
  const perKrone = (x: Dec) => (all.pvCosts.isZero() ? null : ratio(x.div(all.pvCosts)));
  const siloGap = sum(sectors.map((f) => Dec.max(ZERO, f.npv.negated())));
  const outside = sum(sectors.filter((f) => f.pvCosts.isZero()).map((f) => f.pvFiscal));
  return {
    pvCosts: money(all.pvCosts),
    pvBenefits: byTypeOut(all.pvBenefits),
    pvFiscal: money(all.pvFiscal),
    pvBenefitsTotal: money(pvBenefitsTotal),
    npvFiscal: money(all.pvFiscal.minus(all.pvCosts)),
    npvCashable: money(all.pvBenefits.cashable.minus(all.pvCosts)),
    npv: money(pvBenefitsTotal.minus(all.pvCosts)),
    bcrFiscal: perKrone(all.pvFiscal),
    sroi: perKrone(pvBenefitsTotal),
    breakEvenYear: calendarYear(model, all.breakEvenIndex),
    discountedBreakEvenYear: calendarYear(model, all.discountedBreakEvenIndex),
    budgetYearNet: money(all.budgetYearNet),
    planNet: money(all.planNet),
    siloGap: money(siloGap),
    shareOutsidePayers: all.pvFiscal.greaterThan(0) ? ratio(outside.div(all.pvFiscal)) : null,
  };
}
