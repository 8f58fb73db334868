/**
 * "Year by year" and "cumulative by sector": each sector's net per year under the lens,
 * the running total, and where the annual budget and the økonomiplan sit on the axis.
 */
import type { Model, SectorId } from '../engine/model';
import type { Result } from '../engine/result';
import { Dec, ZERO } from '../engine/decimal';
import { breakEvenIndex, cumulative } from '../engine/break-even';
import { sectorColor } from '../ui/sector-colors';
import { lensNet, toChartNumber, yearWeight, type Lens } from './lens';

/** Series keys are positional ("s0", "s1", …) so no sector id can clash with "year". */
export type SeriesKey = `s${number}`;

export interface SectorSeries {
  key: SeriesKey;
  id: SectorId;
  name: string;
  color: string;
  /** Set on the one series that holds the smaller sectors together: how many it holds (id and name are then empty). */
  others?: number;
}

/**
 * More sectors than this are drawn as the largest ones plus one series for the rest: a
 * chart of 100 stacked series has no readable legend, and recharts takes seconds to draw
 * its 6 000 bars. The per-sector figures stay in the sector and report tables.
 */
export const MAX_SECTOR_SERIES = 8;
const OTHERS_COLOR = '#6b6b6b';

export type YearPoint = { year: number; total: number; cumulative: number } & { [key: SeriesKey]: number };

export interface PlanMarks {
  /** Calendar year of index 0: the annual budget the council decides now. */
  budgetYear: number;
  /** First and last calendar year of the økonomiplan (clamped to the horizon). */
  planFirst: number;
  planLast: number;
}

export interface YearData extends PlanMarks {
  sectors: SectorSeries[];
  rows: YearPoint[];
}

/** net(s, t) under the lens, discounted when the lens asks for present values. */
export function sectorNets(result: Result, sectorId: SectorId, lens: Lens): Dec[] {
  return result.years.map((row) => {
    const flows = row.bySector[sectorId];
    return flows ? lensNet(flows, lens).times(yearWeight(row.discountFactor, lens)) : ZERO;
  });
}

export function planMarks(model: Model): PlanMarks {
  const planLength = Math.max(1, Math.min(model.planYears, model.years));
  return { budgetYear: model.startYear, planFirst: model.startYear, planLast: model.startYear + planLength - 1 };
}

interface Shown {
  series: SectorSeries;
  nets: Dec[];
}

/**
 * Sectors with any non-zero net under the lens (the others would only crowd the legend);
 * beyond MAX_SECTOR_SERIES, the largest (by Σ|net|) in model order and one series summing
 * the rest, so every year's total is unchanged.
 */
function shownSectors(result: Result, model: Model, lens: Lens): Shown[] {
  const shown: Shown[] = [];
  model.sectors.forEach((s, index) => {
    const nets = sectorNets(result, s.id, lens);
    if (nets.every((v) => v.isZero())) return;
    shown.push({ series: { key: `s${index}`, id: s.id, name: s.name, color: sectorColor(model.sectors, s.id) }, nets });
  });
  if (shown.length <= MAX_SECTOR_SERIES) return shown;
  const size = (x: Shown) => x.nets.reduce((acc, v) => acc.plus(v.abs()), ZERO);
  const sizes = new Map(shown.map((x) => [x, size(x)]));
  const largest = new Set([...shown].sort((a, b) => sizes.get(b)!.comparedTo(sizes.get(a)!)).slice(0, MAX_SECTOR_SERIES - 1));
  const rest = shown.filter((x) => !largest.has(x));
  const nets = result.years.map((_, t) => rest.reduce((acc, x) => acc.plus(x.nets[t]!), ZERO));
  const others: Shown = { series: { key: `s${model.sectors.length}`, id: '', name: '', color: OTHERS_COLOR, others: rest.length }, nets };
  return [...shown.filter((x) => largest.has(x)), others];
}

export function yearData(result: Result, model: Model, lens: Lens): YearData {
  const shown = shownSectors(result, model, lens);
  const totals = result.years.map((_, t) => shown.reduce((acc, s) => acc.plus(s.nets[t]!), ZERO));
  const running = cumulative(totals);
  const rows = result.years.map((row, t) => {
    const point: YearPoint = { year: row.year, total: toChartNumber(totals[t]!), cumulative: toChartNumber(running[t]!) };
    for (const s of shown) point[s.series.key] = toChartNumber(s.nets[t]!);
    return point;
  });
  return { ...planMarks(model), sectors: shown.map((s) => s.series), rows };
}

export interface CumulativeSeries extends SectorSeries {
  /** Calendar year from which this sector's cumulative net stays ≥ 0; null = never. */
  breakEvenYear: number | null;
}

export interface CumulativeData extends PlanMarks {
  sectors: CumulativeSeries[];
  rows: ({ year: number } & { [key: SeriesKey]: number })[];
}

/** Each sector's cumulative net, with the break-even year the line shows (spec §2.5 rule). */
export function cumulativeData(result: Result, model: Model, lens: Lens): CumulativeData {
  const shown = shownSectors(result, model, lens).map((s) => {
    const index = breakEvenIndex(s.nets);
    return {
      series: { ...s.series, breakEvenYear: index === null ? null : model.startYear + index },
      running: cumulative(s.nets),
    };
  });
  const rows = result.years.map((row, t) => {
    const point: { year: number } & { [key: SeriesKey]: number } = { year: row.year };
    for (const s of shown) point[s.series.key] = toChartNumber(s.running[t]!);
    return point;
  });
  return { ...planMarks(model), sectors: shown.map((s) => s.series), rows };
}
