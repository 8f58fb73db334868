import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate, createCalculator } from '../../src/engine/calculate';
import { arbitraryModel } from './arbitraries';

describe('the caching calculator', { timeout: 120_000 }, () => {
  it('a calculator kept across a sequence of models gives, for each, exactly what a fresh calculation gives', () => {
    fc.assert(
      fc.property(fc.array(arbitraryModel(), { minLength: 2, maxLength: 4 }), (models) => {
        const calculator = createCalculator();
        for (const model of models) expect(calculator(model)).toEqual(calculate(model));
      }),
      { numRuns: 60 },
    );
  });

  it('after an edit to one line, every figure matches a fresh calculation, and back again', () => {
    fc.assert(
      fc.property(arbitraryModel(), fc.nat(), (model, pick) => {
        if (model.costs.length === 0) return;
        const calculator = createCalculator();
        calculator(model);
        const i = pick % model.costs.length;
        const edited = { ...model, costs: model.costs.map((c, j) => (j === i ? { ...c, amounts: ['123.45', ...c.amounts.slice(1)] } : c)) };
        expect(calculator(edited)).toEqual(calculate(edited));
        expect(calculator(model)).toEqual(calculate(model));
      }),
      { numRuns: 60 },
    );
  });
});
