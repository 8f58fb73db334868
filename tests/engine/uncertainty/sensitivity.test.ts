import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../../src/engine/calculate';
import { Dec } from '../../../src/engine/decimal';
import { applyOverrides } from '../../../src/engine/uncertainty/apply-scenario';
import { inputOverride, uncertainInputs, type UncertainInput } from '../../../src/engine/uncertainty/inputs';
import { likelyOverrides, payingSector, tornado } from '../../../src/engine/uncertainty/sensitivity';
import type { Model } from '../../../src/engine/model';
import type { NpvTarget } from '../../../src/engine/uncertainty/exact-npv';
import { aCohortBenefit, aCostLine, aModel } from '../../builders';
import { arbitraryModel } from '../arbitraries';
import { goldenModels, schoolModel } from './helpers';

/** The engine's own figure for the model with one input moved (every other input likely). */
function engineNpv(model: Model, inputs: UncertainInput[], input: UncertainInput, value: string, target: NpvTarget): string {
  const others = likelyOverrides(inputs.filter((i) => i.key !== input.key));
  const result = calculate(applyOverrides(model, [...others, inputOverride(input.ref, value)]));
  return target.kind === 'fiscal' ? result.totals.npvFiscal : result.sectors.find((s) => s.id === target.id)!.npv;
}

const within = (a: string, b: string, cents = 0.01) => new Dec(a).minus(b).abs().toNumber() <= cents;

describe('tornado', () => {
  it.each(goldenModels)('$name: every bar equals the engine with that input at its low and high', ({ model }) => {
    const inputs = uncertainInputs(model);
    for (const target of [{ kind: 'fiscal' } as NpvTarget, ...model.sectors.map((s): NpvTarget => ({ kind: 'sector', id: s.id }))]) {
      const t = tornado(model, target, inputs);
      expect(t.base).toBe(target.kind === 'fiscal' ? calculate(model).totals.npvFiscal : calculate(model).sectors.find((s) => s.id === target.id)!.npv);
      for (const bar of t.bars) {
        expect(within(bar.atLow, engineNpv(model, inputs, bar.input, bar.input.low, target))).toBe(true);
        expect(within(bar.atHigh, engineNpv(model, inputs, bar.input, bar.input.high, target))).toBe(true);
      }
    }
  });

  it('turns around the user\'s likely values, and factors apply once to the model\'s amounts', () => {
    const model = aModel({
      costs: [aCostLine({ range: { low: '0.8', likely: '1.1', high: '1.5' } })],
      benefits: [aCohortBenefit({ ranges: { effect: { low: '0.05', likely: '0.12', high: '0.2' } } })],
    });
    const inputs = uncertainInputs(model);
    const t = tornado(model, { kind: 'fiscal' }, inputs);
    for (const bar of t.bars) {
      expect(bar.atLow).toBe(engineNpv(model, inputs, bar.input, bar.input.low, { kind: 'fiscal' }));
      expect(bar.atHigh).toBe(engineNpv(model, inputs, bar.input, bar.input.high, { kind: 'fiscal' }));
    }
  });

  it('sorts bars by swing, largest first', () => {
    const swings = tornado(schoolModel(), { kind: 'fiscal' }).bars.map((b) => Number(b.swing));
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    expect(swings[0]).toBeGreaterThan(0);
  });

  it('a social gain never moves the fiscal NPV', () => {
    const bars = tornado(schoolModel(), { kind: 'fiscal' }).bars.filter((b) => b.input.ref.kind === 'benefit' && b.input.ref.id === 'wellbeing');
    expect(bars.length).toBeGreaterThan(0);
    expect(bars.every((b) => b.swing === '0.00')).toBe(true);
  });

  describe('properties', () => {
    it('on random models, each bar\'s low and high equal the engine to the cent', () => {
      fc.assert(
        fc.property(arbitraryModel(), fc.nat(), (model, pick) => {
          const inputs = uncertainInputs(model);
          if (inputs.length === 0) return;
          const t = tornado(model, { kind: 'fiscal' }, inputs);
          const bar = t.bars[pick % t.bars.length]!;
          expect(within(bar.atLow, engineNpv(model, inputs, bar.input, bar.input.low, { kind: 'fiscal' }))).toBe(true);
          expect(within(bar.atHigh, engineNpv(model, inputs, bar.input, bar.input.high, { kind: 'fiscal' }))).toBe(true);
        }),
        { numRuns: 60 },
      );
    });
  });
});

describe('payingSector', () => {
  it('is the sector with the largest present cost', () => {
    expect(payingSector(schoolModel())).toBe('school');
    const two = aModel({ costs: [aCostLine({ amounts: ['10'] }), aCostLine({ id: 'big', sector: 'nav', amounts: ['20'] })] });
    expect(payingSector(two)).toBe('nav');
  });

  it('is null when nothing costs anything', () => {
    expect(payingSector(aModel({ costs: [] }))).toBeNull();
  });
});
