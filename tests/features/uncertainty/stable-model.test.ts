import { describe, expect, it } from 'vitest';
import { largeModel } from '../../../bench/large-model';
import type { Model } from '../../../src/engine/model';
import { sameFigureInputs } from '../../../src/features/uncertainty/stable-model';

const base = largeModel({ sectors: 3, costLines: 2, gainLines: 4, cohorts: 1, transfers: 1, years: 5 });

describe('sameFigureInputs', () => {
  it.each<[string, (m: Model) => Model, boolean]>([
    ['the same object', (m) => m, true],
    ['a new title and description', (m) => ({ ...m, title: 'x', description: 'y' }), true],
    ['simulation settings', (m) => ({ ...m, simulation: { seed: 3, runs: 500, distribution: 'triangular' } }), true],
    ['a scenario', (m) => ({ ...m, scenarios: [{ id: 's', name: 'S', overrides: [] }] }), true],
    ['a cost line', (m) => ({ ...m, costs: [...m.costs] }), false],
    ['a gain line', (m) => ({ ...m, benefits: m.benefits.slice(1) }), false],
    ['the plan period (break-even within the plan)', (m) => ({ ...m, planYears: 2 }), false],
    ['the discount schedule', (m) => ({ ...m, discountSchedule: undefined }), false],
    ['a range on the discount rate', (m) => ({ ...m, discountRateRange: { low: '0.02', high: '0.06' } }), false],
    ['the procurement rules', (m) => ({ ...m, procurement: { threshold: '1', contractYears: 2 } }), false],
    ['a field the screen does not know yet', (m) => ({ ...m, future: 1 }) as Model, false],
  ])('%s: same figures = %s', (_, edit, same) => {
    expect(sameFigureInputs(base, edit(base))).toBe(same);
  });
});
