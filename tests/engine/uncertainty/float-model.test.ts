import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../../src/engine/calculate';
import type { Model } from '../../../src/engine/model';
import { applyOverrides } from '../../../src/engine/uncertainty/apply-scenario';
import { FloatModel } from '../../../src/engine/uncertainty/float-model';
import { inputOverride, uncertainInputs } from '../../../src/engine/uncertainty/inputs';
import { largeModel } from '../../../bench/large-model';
import { arbitraryModel } from '../arbitraries';
import { goldenModels } from './helpers';

/** Half an øre (the exact figure is rounded to øre) plus float rounding, relative to the size. */
const tolerance = (v: number) => 0.005 + 1e-12 * Math.abs(v);

function expectMatches(model: Model, fm = new FloatModel(model)) {
  const exact = calculate(model);
  const f = fm.evaluate();
  const check = (float: number, text: string) => expect(Math.abs(float - Number(text))).toBeLessThanOrEqual(tolerance(float));
  check(f.npvFiscal, exact.totals.npvFiscal);
  check(f.npv, exact.totals.npv);
  check(f.pvCosts, exact.totals.pvCosts);
  check(f.pvFiscal, exact.totals.pvFiscal);
  exact.sectors.forEach((s, i) => check(f.sectors[i]!, s.npv));
  exact.levels.forEach((l, i) => {
    expect(fm.levelOrder[i]).toBe(l.level);
    check(f.levels[i]!, l.npv);
  });
}

describe('the float model matches the exact engine to the cent', () => {
  it.each(goldenModels)('$name', ({ model }) => expectMatches(model));

  it('on the benchmark\'s large model (60 years, R-109 schedule, 1 000 lines)', () => expectMatches(largeModel({ sectors: 30, costLines: 100, gainLines: 100 })));

  it('on random models', () => {
    fc.assert(fc.property(arbitraryModel(), (model) => expectMatches(model)), { numRuns: 200 });
  });

  it('with inputs moved through its parameter slots, as the engine with the same overrides', () => {
    fc.assert(
      fc.property(arbitraryModel(), fc.nat(), fc.boolean(), (model, pick, high) => {
        const inputs = uncertainInputs(model);
        if (inputs.length === 0) return;
        const input = inputs[pick % inputs.length]!;
        const value = high ? input.high : input.low;
        const fm = new FloatModel(model);
        const slot = fm.slot(input.ref)!;
        slot.array[slot.index] = Number(value);
        expectMatches(applyOverrides(model, [inputOverride(input.ref, value)]), fm);
      }),
      { numRuns: 200 },
    );
  });

  it('recomputes discounting when the rate slot moves, and back', () => {
    const { model } = goldenModels.find((g) => g.name === 'school-coping-course')!;
    const fm = new FloatModel(model);
    const slot = fm.slot({ kind: 'model', field: 'discountRate' })!;
    slot.array[slot.index] = 0.07;
    expectMatches({ ...model, discountRate: '0.07' }, fm);
    slot.array[slot.index] = 0.04;
    expectMatches(model, fm);
  });
});
