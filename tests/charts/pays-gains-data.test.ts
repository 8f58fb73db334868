import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { levelData, paysGainsData, type DivergingRow } from '../../src/charts/pays-gains-data';
import { BENEFIT_TYPES } from '../../src/engine/model';
import { calculate } from '../../src/engine/calculate';
import { parseModel } from '../../src/engine/parse';
import { sectorColor } from '../../src/ui/sector-colors';
import { EXAMPLES } from './examples';
import { ALL_LENSES, closeTo } from './lenses';

const cases = EXAMPLES.flatMap((ex) => ALL_LENSES.map((lens) => ({ ...ex, lens, label: `${ex.name} ${lens.value}/${lens.money}` })));

const sumOf = (rows: DivergingRow[], key: keyof DivergingRow) => rows.reduce((acc, r) => acc + Number(r[key]), 0);
const partsOf = (r: DivergingRow) => r.costs + r.transfersOut + r.transfersIn + r.cashable + r.capacity + r.economic + r.social;

describe('paysGainsData', () => {
  it.each(cases)('$label: one bar per sector in model order, in the sector colour', ({ model, result, lens }) => {
    const { rows } = paysGainsData(result, model, lens);
    expect(rows.map((r) => r.key)).toEqual(model.sectors.map((s) => s.id));
    for (const r of rows) expect(r.color).toBe(sectorColor(model.sectors, r.key));
  });

  it.each(cases)('$label: costs and transfers paid go below zero, transfers received above', ({ model, result, lens }) => {
    const { rows } = paysGainsData(result, model, lens);
    for (const r of rows) {
      expect(r.costs).toBeLessThanOrEqual(0); // the examples have no user fees
      expect(r.transfersOut).toBeLessThanOrEqual(0);
      expect(r.transfersIn).toBeGreaterThanOrEqual(0);
    }
    expect(rows.some((r) => r.costs < 0)).toBe(true);
  });

  it.each(cases)('$label: the bars add up to the result totals', ({ model, result, lens }) => {
    const { rows } = paysGainsData(result, model, lens);
    const n = model.sectors.length * (lens.money === 'budget' ? model.years : 1);
    const totalCosts = lens.money === 'pv' ? result.totals.pvCosts : result.years.reduce((a, y) => a + Number(y.costs), 0);
    expect(closeTo(-sumOf(rows, 'costs'), totalCosts, n)).toBe(true);
    for (const type of BENEFIT_TYPES) {
      const counted = countsIn(type, lens.value);
      const expected = !counted ? 0 : lens.money === 'pv' ? result.totals.pvBenefits[type] : result.years.reduce((a, y) => a + Number(y[type]), 0);
      expect(closeTo(sumOf(rows, type), expected, n)).toBe(true);
    }
    // Transfers move money between budgets without creating it.
    expect(closeTo(sumOf(rows, 'transfersIn'), -sumOf(rows, 'transfersOut'), n)).toBe(true);
  });

  it.each(cases)('$label: each bar\'s net is the sum of its parts', ({ model, result, lens }) => {
    for (const r of paysGainsData(result, model, lens).rows) expect(closeTo(r.net, partsOf(r), 8)).toBe(true);
  });

  it.each(EXAMPLES)('$name: in the fiscal present-value lens each net is the engine\'s sector NPV', ({ model, result }) => {
    const { rows } = paysGainsData(result, model, { value: 'fiscal', money: 'pv' });
    // The engine rounds each PV once; the bar adds rounded parts, so allow a few øre.
    for (const r of rows) expect(closeTo(r.net, result.sectors.find((s) => s.id === r.key)!.npv, 6)).toBe(true);
  });

  it.each(EXAMPLES)('$name: in the fiscal budget lens each net is the engine\'s horizon net', ({ model, result }) => {
    const { rows } = paysGainsData(result, model, { value: 'fiscal', money: 'budget' });
    for (const r of rows) expect(closeTo(r.net, result.sectors.find((s) => s.id === r.key)!.horizonNet, 1)).toBe(true);
  });

  it('transfers are left out of the legend when the model has none', () => {
    const school = EXAMPLES.find((e) => e.name === 'school')!;
    const youth = EXAMPLES.find((e) => e.name === 'youth')!;
    expect(paysGainsData(school.result, school.model, { value: 'all', money: 'pv' }).hasTransfers).toBe(false);
    expect(paysGainsData(youth.result, youth.model, { value: 'all', money: 'pv' }).hasTransfers).toBe(true);
  });
});

/** Which gain types a lens counts, written out independently of LENS_TYPES. */
function countsIn(type: (typeof BENEFIT_TYPES)[number], value: string): boolean {
  return value === 'all' || type === 'cashable' || (value === 'fiscal' && type === 'capacity');
}

describe('levelData', () => {
  it.each(cases)('$label: levels add up to the sectors', ({ model, result, lens }) => {
    const sectors = paysGainsData(result, model, lens).rows;
    const levels = levelData(result, model, lens, 'nb').rows;
    const n = model.sectors.length * model.years;
    for (const key of ['costs', 'cashable', 'capacity', 'economic', 'social', 'net'] as const) {
      expect(closeTo(sumOf(levels, key), sumOf(sectors, key), n)).toBe(true);
    }
  });

  it('lists kommune before stat whatever the sector order, with the level named in the language', () => {
    const school = EXAMPLES.find((e) => e.name === 'school')!;
    const reversed = { ...school.model, sectors: [...school.model.sectors].reverse() };
    const rows = levelData(calculate(reversed), reversed, { value: 'fiscal', money: 'pv' }, 'en').rows;
    expect(rows.map((r) => r.key)).toEqual(['municipal', 'state', 'household']);
    expect(rows[0]!.name).toBe('Municipal');
  });
});

describe('properties', () => {
  const amounts = fc.array(fc.integer({ min: -50_000, max: 500_000 }).map(String), { minLength: 1, maxLength: 6 });
  it('sign law: a sector with only costs has a bar at or below zero; one with only gains at or above', () => {
    fc.assert(
      fc.property(amounts, amounts, fc.constantFrom(...ALL_LENSES), (costs, gains, lens) => {
        const parsed = parseModel({
          format: 'gevinstkart-model', version: 1, startYear: 2027, years: 6,
          sectors: [{ id: 'p', name: 'P', level: 'municipal' }, { id: 'g', name: 'G', level: 'state' }],
          costs: [{ id: 'c', label: 'c', sector: 'p', kind: 'internal', amounts: costs.map((a) => a.replace('-', '')) }],
          benefits: [{ id: 'b', label: 'b', sector: 'g', type: 'cashable', amounts: gains.map((a) => a.replace('-', '')) }],
        });
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
        const [p, g] = paysGainsData(calculate(parsed.model), parsed.model, lens).rows;
        expect(p!.net).toBeLessThanOrEqual(0);
        expect(g!.net).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 40 },
    );
  });
});
