import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../../src/engine/calculate';
import { Dec } from '../../../src/engine/decimal';
import { isCohortBenefit, type Model, type ScenarioOverride } from '../../../src/engine/model';
import { applyOverrides } from '../../../src/engine/uncertainty/apply-scenario';
import { oneIn, switchingValues } from '../../../src/engine/uncertainty/switching';
import { aCohortBenefit, aModel } from '../../builders';
import { arbitraryModel } from '../arbitraries';
import { goldenModels, schoolModel } from './helpers';

const cents = (v: string) => Math.abs(new Dec(v).toNumber());
const npvWith = (model: Model, overrides: ScenarioOverride[]) => calculate(applyOverrides(model, overrides)).totals;

describe('switching values', () => {
  it.each(goldenModels)('$name: each gain line set to its break-even effect, unit value or factor gives a fiscal NPV of 0 to the cent', ({ model }) => {
    const s = switchingValues(model);
    expect(s.npvFiscal).toBe(calculate(model).totals.npvFiscal);
    expect(s.planNet).toBe(calculate(model).totals.planNet);
    let checked = 0;
    for (const line of s.lines) {
      for (const field of ['effect', 'unitValue', 'factor'] as const) {
        const v = line[field];
        if (!v) continue;
        expect(cents(npvWith(model, [{ kind: 'benefit', id: line.benefitId, field, value: v.value }]).npvFiscal)).toBeLessThanOrEqual(0.01);
        checked++;
      }
      if (line.planEffect) {
        expect(cents(npvWith(model, [{ kind: 'benefit', id: line.benefitId, field: 'effect', value: line.planEffect.value }]).planNet)).toBeLessThanOrEqual(0.01);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('the common effect scale brings the school example\'s fiscal NPV and plan-period net to zero', () => {
    const model = schoolModel();
    const s = switchingValues(model);
    const scaleAll = (scale: string): ScenarioOverride[] =>
      model.benefits.filter(isCohortBenefit).map((b) => ({ kind: 'benefit', id: b.id, field: 'effect', value: new Dec(b.effect).times(scale).toDecimalPlaces(12).toFixed() }));
    expect(s.effectScale).not.toBeNull();
    expect(cents(npvWith(model, scaleAll(s.effectScale!.value)).npvFiscal)).toBeLessThanOrEqual(0.01);
    expect(cents(npvWith(model, scaleAll(s.planEffectScale!.value)).planNet)).toBeLessThanOrEqual(0.01);
    // The school example pays for itself at about a quarter of its estimated effects.
    expect(Number(s.effectScale!.value)).toBeGreaterThan(0);
    expect(Number(s.effectScale!.value)).toBeLessThan(1);
  });

  it('gives the direction: a gain must be at least, a disbenefit at most, its break-even value', () => {
    const model = aModel({
      benefits: [aCohortBenefit(), aCohortBenefit({ id: 'harm', unitValue: '-1000' })],
    });
    const [gain, harm] = switchingValues(model).lines;
    expect(gain!.effect!.direction).toBe('atLeast');
    expect(harm!.effect!.direction).toBe('atMost');
  });

  it('a social gain has no break-even value on the fiscal NPV', () => {
    const line = switchingValues(schoolModel()).lines.find((l) => l.benefitId === 'wellbeing')!;
    expect([line.effect, line.unitValue, line.planEffect]).toEqual([null, null, null]);
  });

  it('solves a case by hand: one cost of 1 000 in year 0, 10 pupils × effect × 1 000 in year 0', () => {
    const model = aModel({
      years: 1, costs: [{ id: 'c', label: 'c', sector: 'school', kind: 'internal', amounts: ['1000'] }],
      cohorts: [{ id: 'pupils', label: 'p', sizes: ['10'] }],
      benefits: [aCohortBenefit({ effect: '0.5', unitValue: '1000', lag: 0 })],
    });
    const line = switchingValues(model).lines[0]!;
    expect(line.effect!.value).toBe('0.1');
    expect(line.unitValue!.value).toBe('200');
    expect(line.planEffect!.value).toBe('0.1');
  });

  describe('properties', () => {
    it('on random models the break-even effect gives a fiscal NPV of 0 to the cent', () => {
      fc.assert(
        fc.property(arbitraryModel(), (model) => {
          for (const line of switchingValues(model).lines) {
            // Tiny slopes make a 12-decimal value imprecise beyond a cent; real models never have them.
            if (!line.effect || Math.abs(Number(line.effect.value)) > 1e6) continue;
            expect(cents(npvWith(model, [{ kind: 'benefit', id: line.benefitId, field: 'effect', value: line.effect.value }]).npvFiscal)).toBeLessThanOrEqual(0.01);
          }
        }),
        { numRuns: 60 },
      );
    });
  });
});

describe('oneIn', () => {
  it.each([
    ['0.01', 100],
    ['0.003', 333],
    ['0.5', 2],
    ['1', 1],
    ['0', null],
    ['-0.1', null],
    ['1.5', null],
  ])('effect %s → 1 in %s', (effect, n) => {
    expect(oneIn(effect)).toBe(n);
  });

  it('never asks for less than the break-even effect: 1 / N ≥ effect', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 10 ** 9 }), (k) => {
      const effect = new Dec(k).div(10 ** 9).toFixed();
      expect(new Dec(1).div(oneIn(effect)!).greaterThanOrEqualTo(effect)).toBe(true);
    }));
  });
});
