import { describe, expect, it } from 'vitest';
import { MAX_SECTOR_SERIES, cumulativeData, planMarks, sectorNets, yearData } from '../../src/charts/year-data';
import { largeModel } from '../../bench/large-model';
import { calculate } from '../../src/engine/calculate';
import { Dec } from '../../src/engine/decimal';
import { paysGainsData } from '../../src/charts/pays-gains-data';
import { sectorColor } from '../../src/ui/sector-colors';
import { EXAMPLES } from './examples';
import { ALL_LENSES, closeTo } from './lenses';

const cases = EXAMPLES.flatMap((ex) => ALL_LENSES.map((lens) => ({ ...ex, lens, label: `${ex.name} ${lens.value}/${lens.money}` })));

describe('yearData', () => {
  it.each(EXAMPLES)('$name, fiscal budget kroner: each bar is the engine\'s net per sector and year', ({ model, result }) => {
    const data = yearData(result, model, { value: 'fiscal', money: 'budget' });
    expect(data.rows.map((r) => r.year)).toEqual(result.years.map((y) => y.year));
    data.rows.forEach((row, t) => {
      for (const s of data.sectors) expect(row[s.key]).toBe(Number(result.years[t]!.bySector[s.id]!.net));
      expect(row.total).toBe(Number(result.years[t]!.net));
      expect(row.cumulative).toBe(Number(result.years[t]!.cumulativeNet));
    });
  });

  it.each(cases)('$label: the cumulative line is the running sum of the bars', ({ model, result, lens }) => {
    const data = yearData(result, model, lens);
    let running = 0;
    data.rows.forEach((row, t) => {
      const sum = data.sectors.reduce((acc, s) => acc + row[s.key]!, 0);
      expect(closeTo(row.total, sum, data.sectors.length)).toBe(true);
      running += row.total;
      expect(closeTo(row.cumulative, running, t + 1)).toBe(true);
    });
  });

  it.each(EXAMPLES)('$name, fiscal present values: the bars of a sector add up to its NPV', ({ model, result }) => {
    const data = yearData(result, model, { value: 'fiscal', money: 'pv' });
    for (const s of data.sectors) {
      const sum = data.rows.reduce((acc, row) => acc + row[s.key]!, 0);
      expect(closeTo(sum, result.sectors.find((f) => f.id === s.id)!.npv, model.years + 2)).toBe(true);
    }
  });

  it.each(cases)('$label: a sector keeps its colour in every chart and lens', ({ model, result, lens }) => {
    const bars = paysGainsData(result, model, lens).rows;
    for (const s of yearData(result, model, lens).sectors) {
      expect(s.color).toBe(sectorColor(model.sectors, s.id));
      expect(s.color).toBe(bars.find((b) => b.key === s.id)!.color);
    }
  });

  it('leaves out sectors with nothing to show under the lens (households have no budget)', () => {
    const school = EXAMPLES.find((e) => e.name === 'school')!;
    const ids = yearData(school.result, school.model, { value: 'fiscal', money: 'pv' }).sectors.map((s) => s.id);
    expect(ids).not.toContain('pupils');
    const all = yearData(school.result, school.model, { value: 'all', money: 'pv' }).sectors.map((s) => s.id);
    expect(all).toContain('pupils');
  });
});

describe('planMarks', () => {
  it.each([
    { startYear: 2027, years: 10, planYears: 4, last: 2030 },
    { startYear: 2027, years: 3, planYears: 4, last: 2029 },
    { startYear: 2030, years: 1, planYears: 1, last: 2030 },
  ])('plan of $planYears years over a horizon of $years ends in $last', ({ startYear, years, planYears, last }) => {
    expect(planMarks({ ...EXAMPLES[0]!.model, startYear, years, planYears })).toEqual({ budgetYear: startYear, planFirst: startYear, planLast: last });
  });
});

describe('cumulativeData', () => {
  it.each(EXAMPLES)('$name: the break-even years match the engine (budget kroner and discounted)', ({ model, result }) => {
    const budget = cumulativeData(result, model, { value: 'fiscal', money: 'budget' });
    const pv = cumulativeData(result, model, { value: 'fiscal', money: 'pv' });
    for (const s of budget.sectors) expect(s.breakEvenYear).toBe(result.sectors.find((f) => f.id === s.id)!.breakEvenYear);
    for (const s of pv.sectors) expect(s.breakEvenYear).toBe(result.sectors.find((f) => f.id === s.id)!.discountedBreakEvenYear);
    expect(budget.sectors.some((s) => s.breakEvenYear === null)).toBe(true);
  });

  it.each(cases)('$label: the last point of each line is the sector\'s total under the lens', ({ model, result, lens }) => {
    const data = cumulativeData(result, model, lens);
    const bars = paysGainsData(result, model, lens).rows;
    const last = data.rows.at(-1)!;
    for (const s of data.sectors) expect(closeTo(last[s.key]!, bars.find((b) => b.key === s.id)!.net, model.years + 8)).toBe(true);
  });
});

describe('many sectors', () => {
  const model = largeModel({ sectors: 30, costLines: 40, gainLines: 40, cohorts: 3, transfers: 5, years: 12 });
  const result = calculate(model);

  it.each(ALL_LENSES)('draws at most MAX_SECTOR_SERIES series, the last holding the rest, every year\'s total unchanged ($value/$money)', (lens) => {
    const data = yearData(result, model, lens);
    expect(data.sectors).toHaveLength(MAX_SECTOR_SERIES);
    const others = data.sectors.at(-1)!;
    const drawnAlone = data.sectors.slice(0, -1);
    const nonZero = model.sectors.filter((s) => sectorNets(result, s.id, lens).some((v) => !v.isZero()));
    expect(others.others).toBe(nonZero.length - drawnAlone.length);
    expect(drawnAlone.every((s) => s.others === undefined && s.name !== '')).toBe(true);
    // The sectors drawn alone are the largest ones, in model order.
    const size = (id: string) => sectorNets(result, id, lens).reduce((a, v) => a.plus(v.abs()), new Dec(0));
    const smallestShown = Dec.min(...drawnAlone.map((s) => size(s.id)));
    for (const s of nonZero.filter((x) => !drawnAlone.some((d) => d.id === x.id))) expect(size(s.id).lte(smallestShown)).toBe(true);
    const order = drawnAlone.map((s) => model.sectors.findIndex((m) => m.id === s.id));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // Conservation: per year the drawn series add up to the sum over every sector.
    data.rows.forEach((row, t) => {
      const all = model.sectors.reduce((acc, s) => acc.plus(sectorNets(result, s.id, lens)[t]!), new Dec(0));
      const drawn = data.sectors.reduce((acc, s) => acc + row[s.key]!, 0);
      expect(closeTo(drawn, all.toNumber(), MAX_SECTOR_SERIES)).toBe(true);
      expect(closeTo(row.total, all.toNumber(), 1)).toBe(true);
    });
  });

  it('groups the cumulative lines the same way', () => {
    const data = cumulativeData(result, model, { value: 'fiscal', money: 'budget' });
    expect(data.sectors).toHaveLength(MAX_SECTOR_SERIES);
    expect(data.sectors.at(-1)!.others).toBeGreaterThan(0);
  });
});
