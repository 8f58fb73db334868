/**
 * The calculation of spec §2–§3 with caches kept between calls: `calculate(model)` is one
 * call of a fresh calculator, and the app's worker keeps one calculator alive, so an edit
 * recomputes only what it touched (a line's flow, its sector's ledger and figures, the
 * groups above). Every sum is made in the same order either way, so a cached result is
 * identical to a fresh one. Caches are keyed by content, not identity, so they also work
 * on models cloned on their way to a worker.
 */
import { BENEFIT_TYPES, isCohortBenefit, type Level, type Model, type SectorId } from './model';
import type { Result, SectorFigures, SectorYear, Totals, YearRow } from './result';
import { Dec, ZERO, fixed, money, ratio, sum } from './decimal';
import { discountFactors } from './discount';
import { FLOW_KEYS, addInto, type Flows } from './ledger';
import { byTypeOut, calendarYear, exactFigures, figuresOut, type ExactFigures } from './figures';
import { equalReturnSplit } from './cost-sharing';
import { procurementChecks } from './procurement';
import { horizonWarnings } from './warnings';
import { benefitFlow, costFlow, yearValues, type ProfileCache } from './lines';
import { cumulative } from './break-even';

type Booking = { key: keyof Flows; values: readonly Dec[] };
interface SectorEntry {
  /** Per flow key, the booked lines' values in booking order. */
  parts: Record<keyof Flows, (readonly Dec[])[]>;
  flows: Flows;
  figures: ExactFigures;
  out: Omit<SectorFigures, 'id'>;
  years: SectorYear[];
}

function sameRefs<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Sums per flow key: target[key] = Σ parts in order (zeros skipped, as addInto does), but a key whose parts are the same arrays as last time keeps its old sum.
 */
function sumByKey(years: number, parts: Record<keyof Flows, (readonly Dec[])[]>, old: { parts: Record<keyof Flows, (readonly Dec[])[]>; flows: Flows } | undefined): Flows {
  const flows = {} as Flows;
  for (const key of FLOW_KEYS) {
    if (old && sameRefs(old.parts[key], parts[key])) {
      flows[key] = old.flows[key];
      continue;
    }
    const sum = new Array<Dec>(years).fill(ZERO);
    for (const values of parts[key]) addInto(sum, values);
    flows[key] = sum;
  }
  return flows;
}

const emptyParts = (): Record<keyof Flows, (readonly Dec[])[]> => ({ costs: [], cashable: [], capacity: [], economic: [], social: [], transfersIn: [], transfersOut: [] });
const partsOf = (flowsList: readonly Flows[]) => {
  const parts = emptyParts();
  for (const f of flowsList) for (const key of FLOW_KEYS) parts[key].push(f[key]);
  return parts;
};
const sameFlows = (a: Flows, b: Flows) => FLOW_KEYS.every((k) => a[k] === b[k]);

/**
 * `reuse: false` is for a single calculation: nothing is kept, so the content keys the
 * caches need are never built (they cost a large model about a fifth of its time).
 */
export function createCalculator({ reuse = true }: { reuse?: boolean } = {}): (model: Model) => Result {
  let context = '';
  let flowCache = new Map<string, readonly Dec[]>();
  let sectorCache = new Map<SectorId, SectorEntry>();
  type Group = { parts: Record<keyof Flows, (readonly Dec[])[]>; flows: Flows; figures: ExactFigures };
  let totalCache: Group | undefined;
  let levelCache = new Map<Level, Group>();

  return (model) => {
    // Anything every flow or figure depends on: when it changes, start afresh.
    const ctx = JSON.stringify([model.years, model.startYear, model.discountRate, model.discountSchedule ?? null, model.planYears, model.optimismBias]);
    if (ctx !== context) {
      context = ctx;
      flowCache = new Map();
      sectorCache = new Map();
      totalCache = undefined;
      levelCache = new Map();
    }
    const usedFlows = new Map<string, readonly Dec[]>();
    const cached = (keyOf: () => string, make: () => readonly Dec[]) => {
      if (!reuse) return make();
      const key = keyOf();
      let v = usedFlows.get(key) ?? flowCache.get(key);
      if (!v) v = make();
      usedFlows.set(key, v);
      return v;
    };
    const factors = discountFactors(model);

    // Bookings per sector, in model order: costs, then gains, then transfers.
    const bookings = new Map<SectorId, Booking[]>(model.sectors.map((s) => [s.id, []]));
    const book = (sector: SectorId, key: keyof Flows, values: readonly Dec[]) => bookings.get(sector)?.push({ key, values });
    for (const line of model.costs) {
      book(line.sector, 'costs', cached(() => `c\u0000${line.optimismBias ?? ''}\u0000${line.amounts.join(',')}`, () => costFlow(model, line)));
    }
    const profiles: ProfileCache = new Map();
    const sizesOf = new Map(model.cohorts.map((c) => [c.id, c.sizes]));
    for (const line of model.benefits) {
      const keyOf = () => {
        const { id: _id, label: _label, sector: _sector, type: _type, ...rest } = line;
        return `b\u0000${JSON.stringify(rest)}\u0000${isCohortBenefit(line) ? (sizesOf.get(line.cohort) ?? []).join(',') : ''}`;
      };
      book(line.sector, line.type, cached(keyOf, () => benefitFlow(model, line, profiles)));
    }
    for (const tr of model.transfers) {
      const amounts = cached(() => `t\u0000${tr.amounts.join(',')}`, () => yearValues(tr.amounts, model.years));
      book(tr.from, 'transfersOut', amounts);
      book(tr.to, 'transfersIn', amounts);
    }
    flowCache = usedFlows;

    const nextSectors = new Map<SectorId, SectorEntry>();
    const entries = model.sectors.map((s) => {
      const parts = emptyParts();
      for (const b of bookings.get(s.id)!) parts[b.key].push(b.values);
      const old = sectorCache.get(s.id);
      const flows = sumByKey(model.years, parts, old);
      let entry: SectorEntry;
      if (old && sameFlows(old.flows, flows)) entry = old;
      else {
        const figures = exactFigures(model, flows, factors);
        entry = { parts, flows, figures, out: figuresOut(model, figures), years: sectorYears(flows, figures.net) };
      }
      nextSectors.set(s.id, entry);
      return entry;
    });
    sectorCache = nextSectors;
    const sectorFigures = entries.map((e) => e.figures);

    const group = (list: readonly SectorEntry[], old: Group | undefined): Group => {
      const parts = partsOf(list.map((e) => e.flows));
      const flows = sumByKey(model.years, parts, old);
      if (old && sameFlows(old.flows, flows)) return old;
      return { parts, flows, figures: exactFigures(model, flows, factors) };
    };
    const levelSectors = new Map<Level, SectorEntry[]>();
    model.sectors.forEach((s, i) => {
      let list = levelSectors.get(s.level);
      if (!list) levelSectors.set(s.level, (list = []));
      list.push(entries[i]!);
    });
    const nextLevels = new Map<Level, Group>();
    for (const [level, list] of levelSectors) nextLevels.set(level, group(list, levelCache.get(level)));
    levelCache = nextLevels;
    const total = (totalCache = group(entries, totalCache));

    return {
      format: 'gevinstkart-result',
      version: 1,
      totals: totals(model, total.figures, sectorFigures),
      sectors: model.sectors.map((s, i) => ({ ...entries[i]!.out, id: s.id })),
      levels: [...nextLevels].map(([level, l]) => ({ ...figuresOut(model, l.figures), level })),
      costSharing: equalReturnSplit(model, sectorFigures, total.figures.pvCosts, total.flows.costs),
      procurement: procurementChecks(model),
      years: yearRows(model, factors, total.flows, total.figures.net, entries),
      warnings: horizonWarnings(model),
    };
  };
}

function sectorYears(f: Flows, net: readonly Dec[]): SectorYear[] {
  return net.map((n, t) => ({
    costs: money(f.costs[t]!), cashable: money(f.cashable[t]!), capacity: money(f.capacity[t]!),
    economic: money(f.economic[t]!), social: money(f.social[t]!),
    transfersIn: money(f.transfersIn[t]!), transfersOut: money(f.transfersOut[t]!), net: money(n),
  }));
}

function totals(model: Model, all: ExactFigures, sectors: readonly ExactFigures[]): Totals {
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

function yearRows(model: Model, factors: readonly Dec[], total: Flows, totalNet: readonly Dec[], entries: readonly SectorEntry[]): YearRow[] {
  const running = cumulative(totalNet);
  return factors.map((factor, t) => {
    const bySector: Record<SectorId, SectorYear> = {};
    model.sectors.forEach((s, i) => {
      Object.defineProperty(bySector, s.id, { enumerable: true, writable: true, configurable: true, value: entries[i]!.years[t]! });
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
