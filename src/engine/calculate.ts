import { BENEFIT_TYPES, type Level, type Model, type SectorId } from './model';
import type { Result, SectorYear, Totals, YearRow } from './result';
import { Dec, ZERO, fixed, money, ratio, sum } from './decimal';
import { discountFactors } from './discount';
import { addFlows, budgetNet, emptyFlows, sectorLedger, type Flows } from './ledger';
import { byTypeOut, calendarYear, exactFigures, figuresOut, type ExactFigures } from './figures';
import { equalReturnSplit } from './cost-sharing';
import { procurementChecks } from './procurement';
import { horizonWarnings } from './warnings';
import { benefitFlow, costFlow } from './lines';
import { cumulative } from './break-even';

/** The one entry point: a checked model in, every figure of spec §3 out. */
export function calculate(model: Model): Result {
  const factors = discountFactors(model);
  const ledger = sectorLedger(model);
  const sectorFlows = model.sectors.map((s) => ledger.get(s.id)!);
  const sectorFigures = sectorFlows.map((flows) => exactFigures(model, flows, factors));

  const levelFlows = new Map<Level, Flows>();
  for (const [i, sector] of model.sectors.entries()) {
    let flows = levelFlows.get(sector.level);
    if (!flows) levelFlows.set(sector.level, (flows = emptyFlows(model.years)));
    addFlows(flows, sectorFlows[i]!);
  }

  const total = emptyFlows(model.years);
  for (const flows of sectorFlows) addFlows(total, flows);
  const totalFigures = exactFigures(model, total, factors);

  return {
    format: 'gevinstkart-result',
    version: 1,
    totals: totals(model, totalFigures, sectorFigures),
    sectors: model.sectors.map((s, i) => ({ ...figuresOut(model, sectorFigures[i]!), id: s.id })),
    levels: [...levelFlows].map(([level, flows]) => ({ ...figuresOut(model, exactFigures(model, flows, factors)), level })),
    costSharing: equalReturnSplit(model, sectorFigures, totalFigures.pvCosts, total.costs),
    procurement: procurementChecks(model),
    years: yearRows(model, factors, total, totalFigures.net, sectorFlows),
    warnings: horizonWarnings(model),
  };
}

function totals(model: Model, all: ExactFigures, sectors: readonly ExactFigures[]): Totals {
  const pvBenefitsTotal = sum(BENEFIT_TYPES.map((type) => all.pvBenefits[type]));
  const perKrone = (x: Dec) => (all.pvCosts.isZero() ? null : ratio(x.div(all.pvCosts)));
  // What the losing budgets lose: the least money that must move for all to break even.
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

function yearRows(model: Model, factors: readonly Dec[], total: Flows, totalNet: readonly Dec[], sectorFlows: readonly Flows[]): YearRow[] {
  const running = cumulative(totalNet);
  const sectorNets = sectorFlows.map(budgetNet);
  return factors.map((factor, t) => {
    const bySector: Record<SectorId, SectorYear> = {};
    model.sectors.forEach((s, i) => {
      const f = sectorFlows[i]!;
      // defineProperty-like semantics: an id such as "__proto__" stays an own key.
      Object.defineProperty(bySector, s.id, {
        enumerable: true, writable: true, configurable: true,
        value: {
          costs: money(f.costs[t]!), cashable: money(f.cashable[t]!), capacity: money(f.capacity[t]!),
          economic: money(f.economic[t]!), social: money(f.social[t]!),
          transfersIn: money(f.transfersIn[t]!), transfersOut: money(f.transfersOut[t]!), net: money(sectorNets[i]![t]!),
        } satisfies SectorYear,
      });
    });
    return {
      year: model.startYear + t,
      discountFactor: fixed(factor, 10),
      costs: money(total.costs[t]!),
      cashable: money(total.cashable[t]!),
      capacity: money(total.capacity[t]!),
      economic: money(total.economic[t]!),
      social: money(total.social[t]!),
      net: money(totalNet[t]!),
      cumulativeNet: money(running[t]!),
      bySector,
    };
  });
}

/** B(L,t) of one gain line, for the editor's profile next to the line. */
export function gainProfile(model: Model, benefitId: string): string[] {
  const line = model.benefits.find((b) => b.id === benefitId);
  return line ? benefitFlow(model, line).map(money) : [];
}

/** C(L,t) of one cost line, optimism bias included. */
export function costProfile(model: Model, costId: string): string[] {
  const line = model.costs.find((c) => c.id === costId);
  return line ? costFlow(model, line).map(money) : [];
}
