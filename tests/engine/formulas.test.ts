import { describe, expect, it } from 'vitest';
import { Dec, money } from '../../src/engine/decimal';
import { discountFactors } from '../../src/engine/discount';
import { breakEvenIndex } from '../../src/engine/break-even';
import { adjustmentFactor, cohortGross, benefitFlow } from '../../src/engine/lines';
import type { CohortBenefit, Model } from '../../src/engine/model';
import { R109_SCHEDULE } from '../../src/engine/model';

const base = (over: Partial<Model> = {}): Model => ({
  format: 'gevinstkart-model', version: 2, title: 't', description: '', currency: 'NOK',
  startYear: 2027, years: 6, discountRate: '0.04', planYears: 4,
  optimismBias: { costs: '0', benefits: '0' }, procurement: { threshold: '100000', contractYears: 4 },
  sectors: [{ id: 's', name: 'S', level: 'municipal' }], costs: [], cohorts: [], benefits: [], transfers: [],
  ...over,
});

const cohortLine = (over: Partial<CohortBenefit> = {}): CohortBenefit => ({
  id: 'g', label: '', sector: 's', type: 'cashable', cohort: 'k', effect: '1', unitValue: '100',
  lag: 0, duration: null, dropOff: '0', deadweight: '0', attribution: '0', displacement: '0', ...over,
});

const fix = (xs: Dec[], d = 10) => xs.map((x) => x.toFixed(d));

describe('discount factors (spec §2.4)', () => {
  it.each([
    { rate: '0.04', t: 0, expected: '1.0000000000' },
    { rate: '0.04', t: 1, expected: '0.9615384615' },
    { rate: '0.04', t: 2, expected: '0.9245562130' },
    { rate: '0', t: 5, expected: '1.0000000000' },
    { rate: '-0.5', t: 2, expected: '4.0000000000' },
    { rate: '1', t: 3, expected: '0.1250000000' },
  ])('rate $rate in year $t gives $expected', ({ rate, t, expected }) => {
    const factors = discountFactors({ years: t + 1, discountRate: rate });
    expect(factors[t]!.toFixed(10)).toBe(expected);
  });

  it('a schedule changes rate only for steps into years after its fromYear', () => {
    const factors = discountFactors({ years: 80, discountRate: '0.04', discountSchedule: R109_SCHEDULE });
    // Years 1…40 step at 4 %, 41…75 at 3 %, 76… at 2 %.
    expect(factors[40]!.toFixed(12)).toBe(new Dec(1.04).pow(-40).toFixed(12));
    expect(factors[41]!.toFixed(12)).toBe(new Dec(1.04).pow(-40).div(1.03).toFixed(12));
    expect(factors[76]!.toFixed(12)).toBe(new Dec(1.04).pow(-40).times(new Dec(1.03).pow(-35)).div(1.02).toFixed(12));
  });

  it('a one-entry schedule equals the constant rate', () => {
    const a = discountFactors({ years: 30, discountRate: '0.04' });
    const b = discountFactors({ years: 30, discountRate: '0.9', discountSchedule: [{ fromYear: 0, rate: '0.04' }] });
    expect(fix(b, 20)).toEqual(fix(a, 20));
  });
});

describe("a cohort's gain profile (spec §2.2)", () => {
  const model = (sizes: string[], over: Partial<CohortBenefit>) =>
    base({ cohorts: [{ id: 'k', label: '', sizes }], benefits: [cohortLine(over)] });

  it.each([
    { name: 'no lag, to the horizon', sizes: ['1'], over: {}, expected: ['100', '100', '100', '100', '100', '100'] },
    { name: 'lag 2', sizes: ['1'], over: { lag: 2 }, expected: ['0', '0', '100', '100', '100', '100'] },
    { name: 'duration 2', sizes: ['1'], over: { duration: 2 }, expected: ['100', '100', '0', '0', '0', '0'] },
    { name: 'drop-off 50 % after the first year', sizes: ['1'], over: { dropOff: '0.5', duration: 3 }, expected: ['100', '50', '25', '0', '0', '0'] },
    { name: 'two cohorts overlap', sizes: ['1', '2'], over: { duration: 2 }, expected: ['100', '300', '200', '0', '0', '0'] },
    { name: 'lag past the horizon', sizes: ['1'], over: { lag: 6 }, expected: ['0', '0', '0', '0', '0', '0'] },
    { name: 'lag and drop-off together', sizes: ['0', '4'], over: { lag: 1, dropOff: '0.25', effect: '0.5' }, expected: ['0', '0', '200', '150', '112.5', '84.375'] },
  ])('$name', ({ sizes, over, expected }) => {
    const m = model(sizes, over);
    const gross = cohortGross(m, m.benefits[0] as CohortBenefit);
    expect(gross.map((g) => g.toString())).toEqual(expected);
  });
});

describe('adjustments are applied one after another, never added', () => {
  it.each([
    { dw: '0.3', at: '0.2', di: '0', ob: '0', expected: '0.56' },
    { dw: '0.5', at: '0.5', di: '0.5', ob: '0.5', expected: '0.0625' },
    { dw: '1', at: '0', di: '0', ob: '0', expected: '0' },
    { dw: '0', at: '0', di: '0', ob: '0.1', expected: '0.9' },
  ])('deadweight $dw, attribution $at, displacement $di, optimism bias $ob keep $expected', ({ dw, at, di, ob, expected }) => {
    const m = base({ optimismBias: { costs: '0', benefits: ob } });
    const line = cohortLine({ deadweight: dw, attribution: at, displacement: di });
    expect(adjustmentFactor(m, line).toString()).toBe(expected);
  });

  it("a line's own optimism bias overrides the model's", () => {
    const m = base({ optimismBias: { costs: '0', benefits: '0.5' }, cohorts: [{ id: 'k', label: '', sizes: ['1'] }] });
    const line = cohortLine({ optimismBias: '0' });
    expect(money(benefitFlow(m, line)[0]!)).toBe('100.00');
  });
});

describe('break-even year (spec §2.5)', () => {
  const nets = (xs: number[]) => xs.map((x) => new Dec(x));
  it.each([
    { name: 'positive from the start', net: [1, 1, 1], expected: 0 },
    { name: 'costs first, then gains', net: [-10, 4, 4, 4], expected: 3 },
    { name: 'reaching exactly zero counts', net: [-10, 10, 0], expected: 1 },
    { name: 'dips below zero again: the last crossing counts', net: [-10, 20, -15, 10], expected: 3 },
    { name: 'never recovers', net: [-10, 5, 4], expected: null },
    { name: 'all zero breaks even at once', net: [0, 0, 0], expected: 0 },
    { name: 'ends below zero after being positive', net: [5, -6], expected: null },
  ])('$name', ({ net, expected }) => {
    expect(breakEvenIndex(nets(net))).toBe(expected);
  });
});
