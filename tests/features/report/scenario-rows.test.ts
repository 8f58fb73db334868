import { describe, expect, it } from 'vitest';
import { calculate } from '../../../src/engine/calculate';
import { isCohortBenefit, type Model } from '../../../src/engine/model';
import { scenarioRows } from '../../../src/features/report/scenario-rows';
import { schoolV2 } from './school-v2';

const figuresOf = (m: Model) => {
  const { npvFiscal, npv, bcrFiscal, siloGap } = calculate(m).totals;
  return { npvFiscal, npv, bcrFiscal, siloGap };
};

describe('scenarioRows', () => {
  it('is empty for a model without scenarios (the report then leaves the section out)', () => {
    const m = { ...schoolV2(), scenarios: undefined };
    expect(scenarioRows(m, calculate(m))).toEqual([]);
    const none = { ...schoolV2(), scenarios: [] };
    expect(scenarioRows(none, calculate(none))).toEqual([]);
  });

  it('gives the base case first, then each scenario computed on the model with its changes made by hand', () => {
    const m = schoolV2();
    const rows = scenarioRows(m, calculate(m));
    expect(rows.map((r) => [r.kind, r.name])).toEqual([['base', ''], ['scenario', 'Svak effekt'], ['scenario', 'Høyere rente']]);
    const weak: Model = { ...m, benefits: m.benefits.map((b) => (b.id === 'cw' && isCohortBenefit(b) ? { ...b, effect: '0.005' } : b)) };
    const expected = [figuresOf(m), figuresOf(weak), figuresOf({ ...m, discountRate: '0.06' })];
    expect(rows.map((r) => (r.kind === 'invalid' ? null : r.figures))).toEqual(expected);
    // The scenarios really differ from the base: a weaker effect lowers the budgets' NPV.
    expect(Number(expected[1]!.npvFiscal)).toBeLessThan(Number(expected[0]!.npvFiscal));
    expect(rows[1]!.description).toBe('Halv effekt på barnevernet');
  });

  it('a scenario whose changes no longer fit the model is shown as invalid, not computed', () => {
    const m: Model = {
      ...schoolV2(),
      scenarios: [{ id: 'gone', name: 'Uten linje', overrides: [{ kind: 'cost', id: 'deleted-line', field: 'factor', value: '2' }, { kind: 'benefit', id: 'cw', field: 'deadweight', value: '1.5' }] }],
    };
    const [, row] = scenarioRows(m, calculate(m));
    expect(row).toEqual({ key: 'gone', kind: 'invalid', name: 'Uten linje', description: '', problems: 2 });
  });
});
