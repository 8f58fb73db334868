import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../../src/engine/calculate';
import { Dec } from '../../../src/engine/decimal';
import type { Model } from '../../../src/engine/model';
import { parseModel } from '../../../src/engine/parse';
import { costMethodRows, gainAdjustments, headlineFigures, levelRows, periodOf, sectorRows, yearTables } from '../../../src/features/report/report-data';
import { arbitraryModel } from '../../engine/arbitraries';

const school = (() => {
  const o = parseModel(JSON.parse(readFileSync(join(__dirname, '../../../fixtures/school-coping-course.model.json'), 'utf8')));
  if (!o.ok) throw new Error('fixture');
  return o.model;
})();

describe('report tables', () => {
  it('year tables cover every sector exactly once, in model order, at most 6 per table, totals on the last', () => {
    fc.assert(fc.property(arbitraryModel(), fc.integer({ min: 1, max: 4 }), (model, per) => {
      const tables = yearTables(calculate(model), model, per);
      expect(tables.flatMap((t) => t.sectors.map((s) => s.id))).toEqual(model.sectors.map((s) => s.id));
      expect(tables.every((t) => t.sectors.length <= per)).toBe(true);
      expect(tables.map((t) => t.withTotals)).toEqual(tables.map((_, i) => i === tables.length - 1));
    }));
  });

  it('in each year the sector cells add up to the all-sector total (transfers cancel out)', () => {
    fc.assert(fc.property(arbitraryModel(), (model) => {
      const tables = yearTables(calculate(model), model, 2);
      for (let y = 0; y < model.years; y++) {
        const sum = tables.flatMap((t) => t.rows[y]!.cells).reduce((acc, v) => acc.plus(v), new Dec(0));
        expect(sum.minus(tables.at(-1)!.rows[y]!.total).abs().lte(new Dec('0.01').times(model.sectors.length))).toBe(true);
      }
    }));
  });

  it('sector and level rows keep the engine’s NPVs, and fiscal + other value = all PV benefits', () => {
    fc.assert(fc.property(arbitraryModel(), (model) => {
      const result = calculate(model);
      const rows = [...sectorRows(result, model), ...levelRows(result)];
      const figures = [...result.sectors, ...result.levels];
      rows.forEach((r, i) => {
        const f = figures[i]!;
        expect(r.npv).toBe(f.npv);
        const all = Object.values(f.pvBenefits).reduce((acc, v) => acc.plus(v), new Dec(0));
        expect(new Dec(r.pvFiscal).plus(r.pvOther).toFixed(2)).toBe(all.toFixed(2));
      });
    }));
  });

  it('the kept share of a gain line is the product of its adjustments, never their sum', () => {
    const rows = gainAdjustments(school);
    const cw = rows.find((r) => r.id === 'cw')!;
    // 30 % deadweight, 20 % attribution, the model's 10 % optimism: 0.7 × 0.8 × 0.9.
    expect(cw.kept).toBe('0.504000');
    expect(cw.optimismBias).toBe('0.1');
    // A line's own optimism bias wins over the model's.
    expect(rows.find((r) => r.id === 'bup-early')!.optimismBias).toBe('0');
    expect(rows.find((r) => r.id === 'aap')!.cohort).toMatchObject({ lag: 5, duration: null, dropOff: '0.05' });
    expect(rows.find((r) => r.id === 'bup-early')!.cohort).toBeNull();
  });

  it('cost lines show the optimism uplift that applies to them', () => {
    const model: Model = { ...school, optimismBias: { costs: '0.2', benefits: '0' }, costs: [school.costs[0]!, { ...school.costs[1]!, optimismBias: '0.05' }] };
    expect(costMethodRows(model).map((r) => r.optimismBias)).toEqual(['0.2', '0.05']);
  });

  it('headline figures are the engine’s totals, with break-even as a calendar year', () => {
    const result = calculate(school);
    const byKey = Object.fromEntries(headlineFigures(result).map((f) => [f.key, f.value]));
    expect(byKey).toMatchObject({ pvCosts: result.totals.pvCosts, npv: result.totals.npv, npvFiscal: result.totals.npvFiscal, breakEven: result.totals.breakEvenYear, siloGap: result.totals.siloGap });
  });

  it.each([
    [{ startYear: 2027, years: 10, planYears: 4 }, { first: 2027, last: 2036, planLast: 2030 }],
    [{ startYear: 2030, years: 2, planYears: 4 }, { first: 2030, last: 2031, planLast: 2031 }],
  ])('period of %j is %j (plan clamped to the horizon)', (over, expected) => {
    expect(periodOf({ ...school, ...over })).toEqual(expected);
  });
});
