import { describe, expect, it } from 'vitest';
import { largeModel } from '../../bench/large-model';
import { parseModel } from '../../src/engine/parse';
import { isCohortBenefit } from '../../src/engine/model';

describe('largeModel', () => {
  const model = largeModel();

  it('has the size issue 2 asks for: 100 sectors, 1 000 lines, 60 years, 10 cohorts', () => {
    expect(model.sectors).toHaveLength(100);
    expect(model.costs.length + model.benefits.length).toBe(1000);
    expect(model.years).toBe(60);
    expect(model.cohorts).toHaveLength(10);
    expect(model.benefits.filter(isCohortBenefit).length).toBe(250);
  });

  it('is a valid model in canonical form, with no warnings', () => {
    expect(parseModel(JSON.parse(JSON.stringify(model)))).toStrictEqual({ ok: true, model, warnings: [] });
  });

  it('is the same on every call', () => {
    expect(largeModel()).toStrictEqual(model);
  });

  it('can be made smaller for quicker runs', () => {
    const small = largeModel({ sectors: 5, costLines: 3, gainLines: 4, cohorts: 2, transfers: 1, years: 7 });
    expect([small.sectors.length, small.costs.length, small.benefits.length, small.cohorts.length, small.transfers.length, small.years]).toEqual([5, 3, 4, 2, 1, 7]);
    expect(parseModel(small).ok).toBe(true);
  });
});
