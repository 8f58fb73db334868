import { describe, expect, it } from 'vitest';
import { FlowCache, benefitFlow, costFlow, type ProfileCache } from '../../src/engine/lines';
import type { Model } from '../../src/engine/model';
import { largeModel } from '../../bench/large-model';

const small = () => largeModel({ sectors: 3, costLines: 5, gainLines: 6, cohorts: 2, transfers: 2, years: 6 });

/** Asks the cache for every line of the model, as a calculation does. */
function all(cache: FlowCache, model: Model) {
  const profiles: ProfileCache = new Map();
  const sizesOf = new Map(model.cohorts.map((c) => [c.id, c.sizes]));
  const flows = {
    costs: model.costs.map((_, i) => cache.flow(model, 'costs', i, profiles, sizesOf)),
    benefits: model.benefits.map((_, i) => cache.flow(model, 'benefits', i, profiles, sizesOf)),
    transfers: model.transfers.map((_, i) => cache.flow(model, 'transfers', i, profiles, sizesOf)),
  };
  cache.done(model);
  return flows;
}

function withCost(model: Model, i: number, year: number, value: string): Model {
  const line = model.costs[i]!;
  return { ...model, costs: model.costs.map((c, j) => (j === i ? { ...line, amounts: line.amounts.map((a, y) => (y === year ? value : a)) } : c)) };
}

describe('FlowCache', () => {
  it('gives each line the flow the engine computes for it', () => {
    const model = small();
    const flows = all(new FlowCache(), model);
    expect(flows.costs.map((f) => f.map(String))).toEqual(model.costs.map((l) => costFlow(model, l).map(String)));
    expect(flows.benefits.map((f) => f.map(String))).toEqual(model.benefits.map((l) => benefitFlow(model, l).map(String)));
  });

  it('gives an unchanged line, or its clone, the very same flow', () => {
    const cache = new FlowCache();
    const model = small();
    const first = all(cache, model);
    const again = all(cache, { ...model });
    const cloned = all(cache, structuredClone(model));
    for (const key of ['costs', 'benefits', 'transfers'] as const) {
      first[key].forEach((flow, i) => {
        expect(again[key][i]).toBe(flow);
        expect(cloned[key][i]).toBe(flow);
      });
    }
  });

  it('after an edit of one year, the edited line keeps the Decimals of its other years', () => {
    const cache = new FlowCache();
    const model = small();
    const before = all(cache, model).costs[2]!;
    const after = all(cache, withCost(model, 2, 3, '4321.5')).costs[2]!;
    expect(after).not.toBe(before);
    after.forEach((v, t) => {
      if (t === 3) expect(v.toString()).toBe(costFlow(withCost(model, 2, 3, '4321.5'), withCost(model, 2, 3, '4321.5').costs[2]!)[3]!.toString());
      else expect(v).toBe(before[t]);
    });
  });

  it('stays bounded over a long editing session', () => {
    const cache = new FlowCache();
    let model = small();
    const lines = model.costs.length + model.benefits.length + model.transfers.length;
    for (let n = 0; n < 500; n++) {
      model = withCost(model, n % model.costs.length, n % model.years, `${n}.25`);
      all(cache, model);
      expect(cache.size).toBeLessThanOrEqual(2 * lines + 64 + 1);
    }
  });

  it('forgets everything on reset', () => {
    const cache = new FlowCache();
    all(cache, small());
    cache.reset();
    expect(cache.size).toBe(0);
  });
});
