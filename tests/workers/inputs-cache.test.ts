import { describe, expect, it } from 'vitest';
import { largeModel } from '../../bench/large-model';
import type { Model } from '../../src/engine/model';
import { uncertainInputs } from '../../src/engine/uncertainty/inputs';
import { inputsOf } from '../../src/workers/inputs-cache';

const base = largeModel({ sectors: 3, costLines: 3, gainLines: 6, cohorts: 2, transfers: 1, years: 5 });

describe('inputsOf', () => {
  it.each<[string, (m: Model) => Model, boolean]>([
    ['a title', (m) => ({ ...m, title: 'Ny' }), true],
    ['simulation settings', (m) => ({ ...m, simulation: { seed: 2, runs: 300, distribution: 'pert' } }), true],
    ['a cost line', (m) => ({ ...m, costs: m.costs.map((c, i) => (i === 0 ? { ...c, range: { low: '0.5', high: '2' } } : c)) }), false],
    ['a gain line', (m) => ({ ...m, benefits: m.benefits.slice(1) }), false],
    ['the discount schedule', (m) => ({ ...m, discountSchedule: undefined }), false],
    ['the discount rate', (m) => ({ ...m, discountSchedule: undefined, discountRate: '0.05' }), false],
    ['a range on the discount rate', (m) => ({ ...m, discountSchedule: undefined, discountRateRange: { low: '0.02', high: '0.05' } }), false],
  ])('after an edit of %s, reused = %s, and always the inputs of the edited model', (_, edit, reused) => {
    const first = inputsOf(base);
    const edited = edit(base);
    const again = inputsOf(edited);
    expect(again === first).toBe(reused);
    expect(again).toEqual(uncertainInputs(edited));
  });
});
