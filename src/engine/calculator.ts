/**
 * The calculation of spec §2–§3 with caches kept between calls: `calculate(model)` is one
 * call of a fresh calculator, and the app's worker keeps one calculator alive, so an edit
 * recomputes only what it touched. Every value is made by the same arithmetic on the same
 * values in the same order either way, so a cached result is identical to a fresh one.
 *
 * Reuse works at two grains. A line's flow is cached by content (so a model cloned on its
 * way to a worker still hits), with the content key itself remembered per line object (so
 * an unchanged line costs nothing). Below that, every sum, net, product, running sum and
 * string is kept per year and per value: a year whose inputs are the very same values as
 * last time keeps its result. An edit of one year of one line therefore redoes that year
 * (and the running sums after it), not the horizon. Models are treated as immutable: a
 * line object or list must not be changed in place between two calls.
 */
import { BENEFIT_TYPES, type Level, type Model, type SectorId } from './model';
import type { LevelFigures, Result, SectorFigures, SectorYear, YearRow } from './result';
import { ZERO, fixed, money, type Dec } from './decimal';
import { discountFactors } from './discount';
import { FLOW_KEYS, addInto, sumParts, type Flows, type SeriesSum } from './ledger';
import { figureState, figuresOut, totals, type ExactFigures, type FigureState } from './figures';
import { equalReturnSplit, type SplitMemo } from './cost-sharing';
import { procurementChecks, type ProcurementMemo } from './procurement';
import { horizonWarnings } from './warnings';
import { FlowCache, benefitFlow, costFlow, yearValues, type ProfileCache } from './lines';

type Parts = Record<keyof Flows, (readonly Dec[])[]>;
type Sums = Record<keyof Flows, SeriesSum>;
/** Per sector and flow key, the places of the lines booked to it, in booking order. */
type Booked = Record<keyof Flows, number[]>;

/** What the output needs of a sector. */
interface SectorOut {
  figures: ExactFigures;
  out: SectorFigures;
  years: SectorYear[];
}
interface Group {
  flows: Flows;
  state: FigureState;
  /** Absent in a one-off calculation, which keeps no sums. */
  sums?: Sums;
  /** A level's figures for the output, kept with the group. */
  levelOut?: LevelFigures;
}
interface SectorEntry extends SectorOut, Group {
  sums: Sums;
}

const emptyParts = (): Parts => ({ costs: [], cashable: [], capacity: [], economic: [], social: [], transfersIn: [], transfersOut: [] });
const zeroFlows = (years: number): Flows => {
  const zeros = () => new Array<Dec>(years).fill(ZERO);
  return { costs: zeros(), cashable: zeros(), capacity: zeros(), economic: zeros(), social: zeros(), transfersIn: zeros(), transfersOut: zeros() };
};
const sameFlows = (a: Flows, b: Flows) => FLOW_KEYS.every((k) => a[k] === b[k]);

/** Σ parts per flow key, each key resuming from its old sum. */
function sumFlows(years: number, parts: Parts, old: Sums | undefined, keep: boolean): { sums: Sums; flows: Flows } {
  const sums = {} as Sums;
  const flows = {} as Flows;
  for (const key of FLOW_KEYS) {
    sums[key] = sumParts(years, parts[key], old?.[key], keep);
    flows[key] = sums[key].sum;
  }
  return { sums, flows };
}

/**
 * `reuse: false` is for a single calculation: nothing is kept, so neither content keys
 * nor per-year comparisons are made, and each sector is folded into its level and the
 * total as soon as it is summed, so its flows can go (a large model otherwise keeps
 * a hundred thousand Decimals alive to the end, for the garbage collector to copy).
 */
export function createCalculator({ reuse = true }: { reuse?: boolean } = {}): (model: Model) => Result {
  let context = '';
  let factors: Dec[] = [];
  const lineFlows = new FlowCache();
  let sectorCache = new Map<SectorId, SectorEntry>();
  let levelCache = new Map<Level, Group>();
  let totalCache: Group | undefined;
  let split: { last?: SplitMemo } = {};
  let procurement: ProcurementMemo = new Map();
  let rows: RowsMemo | undefined;

  /**
   * Bookings per sector, in model order: costs, then gains, then transfers. A booking is
   * the line's place in `model.costs`, `model.benefits` or `model.transfers` (by the flow
   * key); its flow is made when the sector is summed, so a one-off calculation can drop
   * it right after.
   */
  function bookings(model: Model): { booked: Map<SectorId, Booked>; flowOf: (key: keyof Flows, index: number) => readonly Dec[] } {
    const profiles: ProfileCache = new Map();
    // The first cohort of an id, as the profile finds it.
    const sizesOf = new Map<string, readonly string[]>();
    for (const c of model.cohorts) if (!sizesOf.has(c.id)) sizesOf.set(c.id, c.sizes);
    const transfers: (readonly Dec[] | undefined)[] = [];
    const flowOf = (key: keyof Flows, index: number): readonly Dec[] => {
      const list = key === 'costs' ? 'costs' : key === 'transfersIn' || key === 'transfersOut' ? 'transfers' : 'benefits';
      if (reuse) return lineFlows.flow(model, list, index, profiles, sizesOf);
      if (list === 'costs') return costFlow(model, model.costs[index]!);
      if (list === 'benefits') return benefitFlow(model, model.benefits[index]!, profiles);
      // A transfer is booked twice (from and to): made once.
      return (transfers[index] ??= yearValues(model.transfers[index]!.amounts, model.years));
    };
    const booked = new Map<SectorId, Booked>(model.sectors.map((s) => [s.id, { costs: [], cashable: [], capacity: [], economic: [], social: [], transfersIn: [], transfersOut: [] }]));
    const book = (sector: SectorId, key: keyof Flows, index: number) => booked.get(sector)?.[key].push(index);
    model.costs.forEach((line, i) => book(line.sector, 'costs', i));
    model.benefits.forEach((line, i) => book(line.sector, line.type, i));
    model.transfers.forEach((tr, i) => {
      book(tr.from, 'transfersOut', i);
      book(tr.to, 'transfersIn', i);
    });
    return { booked, flowOf };
  }

  /** One sector: its lines' flows summed per key, its figures and its rows. */
  function sector(model: Model, id: SectorId, booked: Booked, flowOf: (key: keyof Flows, index: number) => readonly Dec[]): SectorEntry {
    const old = sectorCache.get(id);
    const parts = emptyParts();
    for (const key of FLOW_KEYS) for (const index of booked[key]) parts[key].push(flowOf(key, index));
    const { sums, flows } = sumFlows(model.years, parts, old?.sums, reuse);
    if (old && sameFlows(old.flows, flows)) return old;
    const state = figureState(model, flows, factors, old?.state, reuse);
    return { sums, flows, state, figures: state.figures, out: { ...figuresOut(model, state.figures), id }, years: sectorYears(state, old) };
  }

  /** A level or the total, summed from its sectors' flows in model order. */
  function group(model: Model, list: readonly SectorEntry[], old: Group | undefined): Group {
    const parts = emptyParts();
    for (const e of list) for (const key of FLOW_KEYS) parts[key].push(e.flows[key]);
    const { sums, flows } = sumFlows(model.years, parts, old?.sums, true);
    if (old && sameFlows(old.flows, flows)) return old;
    return { sums, flows, state: figureState(model, flows, factors, old?.state) };
  }

  function cachedPass(model: Model) {
    const { booked, flowOf } = bookings(model);
    const entries = model.sectors.map((s) => sector(model, s.id, booked.get(s.id)!, flowOf));
    sectorCache = new Map(model.sectors.map((s, i) => [s.id, entries[i]!]));
    lineFlows.done(model);
    const levelSectors = new Map<Level, SectorEntry[]>();
    model.sectors.forEach((s, i) => {
      let list = levelSectors.get(s.level);
      if (!list) levelSectors.set(s.level, (list = []));
      list.push(entries[i]!);
    });
    levelCache = new Map([...levelSectors].map(([level, list]) => [level, group(model, list, levelCache.get(level))]));
    totalCache = group(model, entries, totalCache);
    return { sectors: entries as readonly SectorOut[], levels: levelCache, total: totalCache };
  }

  function oneOffPass(model: Model) {
    const { booked, flowOf } = bookings(model);
    // Σ over sectors in model order, as group() adds them up, one sector at a time.
    const levels = new Map<Level, Flows>();
    const total = zeroFlows(model.years);
    const sectors = model.sectors.map((s): SectorOut => {
      const e = sector(model, s.id, booked.get(s.id)!, flowOf);
      let level = levels.get(s.level);
      if (!level) levels.set(s.level, (level = zeroFlows(model.years)));
      for (const key of FLOW_KEYS) {
        addInto(level[key], e.flows[key]);
        addInto(total[key], e.flows[key]);
      }
      return { figures: e.figures, out: e.out, years: e.years };
    });
    const groupOf = (flows: Flows): Group => ({ flows, state: figureState(model, flows, factors, undefined, false) });
    return { sectors, levels: new Map([...levels].map(([level, flows]) => [level, groupOf(flows)])), total: groupOf(total) };
  }

  return (model) => {
    // Anything every flow or figure depends on: when it changes, start afresh.
    const ctx = JSON.stringify([model.years, model.startYear, model.discountRate, model.discountSchedule ?? null, model.planYears, model.optimismBias]);
    if (!reuse || ctx !== context) {
      context = ctx;
      factors = discountFactors(model);
      lineFlows.reset();
      sectorCache = new Map();
      levelCache = new Map();
      totalCache = undefined;
      split = {};
      procurement = new Map();
      rows = undefined;
    }
    const pass = reuse ? cachedPass(model) : oneOffPass(model);
    const sectorFigures = pass.sectors.map((e) => e.figures);
    const total = pass.total.state;
    const years = yearRows(model, factors, total, pass.sectors.map((e) => e.years), reuse ? rows : undefined);
    rows = years.memo;

    return {
      format: 'gevinstkart-result',
      version: 1,
      totals: totals(model, total.figures, sectorFigures),
      sectors: pass.sectors.map((e) => e.out),
      levels: [...pass.levels].map(([level, l]) => (l.levelOut?.level === level ? l.levelOut : (l.levelOut = { ...figuresOut(model, l.state.figures), level }))),
      costSharing: equalReturnSplit(model, sectorFigures, total.figures.pvCosts, total.flows.costs, reuse ? split : undefined),
      procurement: procurementChecks(model, reuse ? procurement : undefined),
      years: years.rows,
      warnings: horizonWarnings(model),
    };
  };
}

/** A money string kept while its value is the very same Decimal as last time. */
function moneyOf(value: Dec, oldValue: Dec | undefined, oldText: string | undefined): string {
  return value === oldValue && oldText !== undefined ? oldText : money(value);
}

/** A sector's rows per year; a year whose flows and net are the same values keeps its row. */
function sectorYears(state: FigureState, old: SectorEntry | undefined): SectorYear[] {
  const f = state.flows;
  const prev = old && old.state.net.length === state.net.length ? old : undefined;
  return state.net.map((n, t) => {
    const was = prev?.years[t];
    const o = prev?.state.flows;
    if (was && o && n === prev.state.net[t] && FLOW_KEYS.every((k) => f[k][t] === o[k][t])) return was;
    return {
      costs: moneyOf(f.costs[t]!, o?.costs[t], was?.costs),
      cashable: moneyOf(f.cashable[t]!, o?.cashable[t], was?.cashable),
      capacity: moneyOf(f.capacity[t]!, o?.capacity[t], was?.capacity),
      economic: moneyOf(f.economic[t]!, o?.economic[t], was?.economic),
      social: moneyOf(f.social[t]!, o?.social[t], was?.social),
      transfersIn: moneyOf(f.transfersIn[t]!, o?.transfersIn[t], was?.transfersIn),
      transfersOut: moneyOf(f.transfersOut[t]!, o?.transfersOut[t], was?.transfersOut),
      net: moneyOf(n, prev?.state.net[t], was?.net),
    };
  });
}

/** What the year rows were made from. */
interface RowsMemo {
  rows: YearRow[];
  total: FigureState;
  sectorIds: readonly SectorId[];
  sectorYears: readonly (readonly SectorYear[])[];
}

const ROW_KEYS = ['costs', ...BENEFIT_TYPES] as const;

/**
 * The rows of spec §3 `years`. A row whose values are all the same as last time is kept;
 * a row whose sectors' rows are all the same keeps its bySector object.
 */
function yearRows(model: Model, factors: readonly Dec[], total: FigureState, sectorYearLists: readonly SectorYear[][], old: RowsMemo | undefined): { rows: YearRow[]; memo: RowsMemo } {
  const sectorIds = model.sectors.map((s) => s.id);
  const prev = old && old.rows.length === factors.length && old.sectorIds.length === sectorIds.length && old.sectorIds.every((id, i) => id === sectorIds[i]) ? old : undefined;
  const movedSectors = prev ? sectorYearLists.flatMap((list, i) => (list === prev.sectorYears[i] ? [] : [i])) : [];
  const f = total.flows;
  const o = prev?.total.flows;
  const rows = factors.map((factor, t): YearRow => {
    const was = prev?.rows[t];
    const sameSectors = was !== undefined && movedSectors.every((i) => sectorYearLists[i]![t] === prev!.sectorYears[i]![t]);
    const sameNet = was !== undefined && total.net[t] === prev!.total.net[t] && total.running[t] === prev!.total.running[t];
    if (sameSectors && sameNet && ROW_KEYS.every((k) => f[k][t] === o![k][t])) return was;
    let bySector = sameSectors ? was.bySector : undefined;
    if (!bySector) {
      bySector = {};
      for (let i = 0; i < sectorIds.length; i++) {
        // defineProperty: a sector id such as "__proto__" must stay an own key.
        Object.defineProperty(bySector, sectorIds[i]!, { enumerable: true, writable: true, configurable: true, value: sectorYearLists[i]![t]! });
      }
    }
    return {
      year: model.startYear + t,
      discountFactor: was ? was.discountFactor : fixed(factor, 10),
      costs: moneyOf(f.costs[t]!, o?.costs[t], was?.costs),
      cashable: moneyOf(f.cashable[t]!, o?.cashable[t], was?.cashable),
      capacity: moneyOf(f.capacity[t]!, o?.capacity[t], was?.capacity),
      economic: moneyOf(f.economic[t]!, o?.economic[t], was?.economic),
      social: moneyOf(f.social[t]!, o?.social[t], was?.social),
      net: moneyOf(total.net[t]!, prev?.total.net[t], was?.net),
      cumulativeNet: moneyOf(total.running[t]!, prev?.total.running[t], was?.cumulativeNet),
      bySector,
    };
  });
  return { rows, memo: { rows, total, sectorIds, sectorYears: sectorYearLists } };
}
