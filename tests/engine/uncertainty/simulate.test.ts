import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../../src/engine/calculate';
import { isCohortBenefit, type Model, type Range } from '../../../src/engine/model';
import { applyOverrides } from '../../../src/engine/uncertainty/apply-scenario';
import { histogram, quantile, startSimulation, type SimulationOptions } from '../../../src/engine/uncertainty/simulate';
import { runChunked } from '../../../src/engine/uncertainty/chunked';
import { aCohortBenefit, aCostLine, aDirectBenefit, aModel } from '../../builders';
import { goldenModels, schoolModel } from './helpers';

const run = (model: Model, options: SimulationOptions) => {
  const sim = startSimulation(model, options);
  sim.step(options.runs);
  return sim.result();
};

const point = (v: string): Range => ({ low: v, high: v });

/** Every input given a point range at its own value: nothing is uncertain. */
function pointRanges(model: Model): Model {
  return {
    ...model,
    discountRateRange: point(model.discountRate),
    costs: model.costs.map((c) => ({ ...c, range: point('1') })),
    benefits: model.benefits.map((b) =>
      isCohortBenefit(b)
        ? {
            ...b,
            ranges: {
              effect: point(b.effect), unitValue: point(b.unitValue), deadweight: point(b.deadweight), attribution: point(b.attribution),
              displacement: point(b.displacement), dropOff: point(b.dropOff), lag: point(String(b.lag)),
              ...(b.duration === null ? {} : { duration: point(String(b.duration)) }),
            },
          }
        : { ...b, ranges: { amounts: point('1'), deadweight: point(b.deadweight), attribution: point(b.attribution), displacement: point(b.displacement) } },
    ),
  };
}

const PERT: SimulationOptions = { seed: 2027, runs: 2000, distribution: 'pert' };

describe('startSimulation', () => {
  it('gives the same result twice for the same seed, and another for another seed', () => {
    const model = schoolModel();
    expect(run(model, PERT)).toEqual(run(model, PERT));
    expect(run(model, { ...PERT, seed: 2028 }).fiscal.p50).not.toBe(run(model, PERT).fiscal.p50);
  });

  it('gives the same result however the runs are chunked', async () => {
    const model = schoolModel();
    const whole = run(model, { ...PERT, runs: 500 });
    const sim = startSimulation(model, { ...PERT, runs: 500 });
    const progress: number[] = [];
    const chunked = await runChunked(sim, { chunk: 37, onProgress: (done) => progress.push(done), isCancelled: () => false, pause: async () => undefined });
    expect(chunked).toEqual(whole);
    expect(progress.at(-1)).toBe(500);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('stops when cancelled and gives no result', async () => {
    const sim = startSimulation(schoolModel(), PERT);
    let calls = 0;
    const out = await runChunked(sim, { chunk: 100, onProgress: () => calls++, isCancelled: () => calls >= 3, pause: async () => undefined });
    expect(out).toBeNull();
    expect(sim.done).toBe(300);
  });

  it.each(goldenModels)('$name: with point ranges every run equals the deterministic NPV', ({ model }) => {
    const exact = calculate(model);
    for (const distribution of ['pert', 'triangular'] as const) {
      const r = run(pointRanges(model), { seed: 1, runs: 200, distribution });
      const npv = Number(exact.totals.npvFiscal);
      expect(r.drawn).toBe(0);
      for (const v of [r.fiscal.p10, r.fiscal.p50, r.fiscal.p90, r.fiscal.min, r.fiscal.max, r.fiscal.mean]) expect(Math.abs(v! - npv)).toBeLessThan(0.005 + 1e-12 * Math.abs(npv));
      expect(r.fiscal.probPositive).toBe(npv > 0.005 ? 1 : 0);
      r.sectors.forEach((s, i) => expect(Math.abs(s.summary.p50! - Number(exact.sectors[i]!.npv))).toBeLessThan(0.006));
      r.levels.forEach((l, i) => expect(Math.abs(l.summary.mean - Number(exact.levels[i]!.npv))).toBeLessThan(0.006));
      expect(r.histogram).toHaveLength(1);
    }
  });

  it('a point range away from the model\'s value moves every run to that value', () => {
    const model = aModel({ benefits: [aCohortBenefit({ ranges: { effect: point('0.3') } })] });
    const onlyEffect: Model = { ...pointRanges(model), benefits: [{ ...pointRanges(model).benefits[0]!, ranges: { ...pointRanges(model).benefits[0]!.ranges, effect: point('0.3') } }] };
    const r = run(onlyEffect, { seed: 1, runs: 100, distribution: 'pert' });
    const expected = Number(calculate(applyOverrides(model, [{ kind: 'benefit', id: 'gain', field: 'effect', value: '0.3' }])).totals.npvFiscal);
    expect(Math.abs(r.fiscal.p50! - expected)).toBeLessThan(0.006);
  });

  it('counts the probability of a positive NPV: a sure loss is 0, a sure gain is 1', () => {
    const loss = run(aModel({ benefits: [] }), PERT);
    expect(loss.fiscal.probPositive).toBe(0);
    const gain = run(aModel({ costs: [], benefits: [aDirectBenefit()] }), PERT);
    expect(gain.fiscal.probPositive).toBe(1);
    expect(gain.sectors.find((s) => s.id === 'nav')!.summary.probPositive).toBe(1);
  });

  it('keeps P10 ≤ P50 ≤ P90, and the histogram holds every run', () => {
    const r = run(schoolModel(), PERT);
    expect(r.fiscal.p10!).toBeLessThanOrEqual(r.fiscal.p50!);
    expect(r.fiscal.p50!).toBeLessThanOrEqual(r.fiscal.p90!);
    expect(r.histogram.reduce((a, b) => a + b.count, 0)).toBe(PERT.runs);
    expect(r.histogram[0]!.from).toBe(r.fiscal.min);
    expect(r.histogram.at(-1)!.to).toBe(r.fiscal.max);
    expect(r.levels.map((l) => l.level)).toEqual(calculate(schoolModel()).levels.map((l) => l.level));
  });

  describe('properties', () => {
    /** Fiscal NPV linear in every uncertain input: a cost factor, a direct gain factor and one effect. */
    const linear = (w: number): Model => {
      const r = (likely: number): Range => ({ low: String(+(likely * (1 - w)).toFixed(9)), likely: String(likely), high: String(+(likely * (1 + w)).toFixed(9)) });
      return {
        ...pointRanges(aModel({ costs: [aCostLine()], benefits: [aCohortBenefit({ lag: 0 }), aDirectBenefit({ amounts: ['80000', '80000'] })] })),
        costs: [{ ...aCostLine(), range: r(1) }],
        benefits: [
          { ...aCohortBenefit({ lag: 0 }), ranges: { effect: r(0.1) } },
          { ...aDirectBenefit({ amounts: ['80000', '80000'] }), ranges: { amounts: r(1) } },
        ],
      };
    };

    it('widening symmetric ranges of a linear case leaves P50 at the deterministic NPV, within sampling error', () => {
      const npv = Number(calculate(linear(0)).totals.npvFiscal);
      fc.assert(
        fc.property(fc.double({ min: 0.01, max: 0.9, noNaN: true }), fc.constantFrom('pert' as const, 'triangular' as const), fc.nat(), (w, distribution, seed) => {
          const r = run(linear(w), { seed, runs: 2000, distribution });
          // The median's standard error ≈ 1.2533 σ / √n, with σ ≈ (P90 − P10) / 2.563 for a bell-shaped spread.
          const se = (1.2533 * ((r.fiscal.p90! - r.fiscal.p10!) / 2.563)) / Math.sqrt(2000);
          expect(Math.abs(r.fiscal.p50! - npv)).toBeLessThan(4.5 * se + 0.01);
        }),
        { numRuns: 12 },
      );
    });
  });
});

describe('quantile and histogram', () => {
  it('interpolates between order statistics', () => {
    const sorted = Float64Array.from([1, 2, 3, 4, 5]);
    expect([quantile(sorted, 0), quantile(sorted, 0.1), quantile(sorted, 0.5), quantile(sorted, 1)]).toEqual([1, 1.4, 3, 5]);
  });

  it('bins every value once, the maximum in the last bin', () => {
    const bins = histogram(Float64Array.from([0, 1, 2, 3, 4, 10]), 5);
    expect(bins.map((b) => b.count)).toEqual([2, 2, 1, 0, 1]);
  });
});
