import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkInteger, checkNonNegative, checkRate, checkUnit, discountMode, INTEGER_RULES, setDiscountMode, setInteger,
  setOptimismBias, setThreshold,
} from '../../../src/features/measure/measure-edits';
import { R109_SCHEDULE } from '../../../src/engine/model';
import { aModel } from '../sectors/a-model';

describe('discount mode', () => {
  it('R-109 sets the declining schedule, constant removes it', () => {
    const r109 = setDiscountMode(aModel(), 'r109');
    expect(r109.discountSchedule).toEqual(R109_SCHEDULE);
    expect(discountMode(r109)).toBe('r109');
    const constant = setDiscountMode(r109, 'constant');
    expect('discountSchedule' in constant).toBe(false);
    expect(discountMode(constant)).toBe('constant');
    // The free rate survives the round trip.
    expect(constant.discountRate).toBe('0.04');
  });

  it('the schedule put in the model is a copy, so editing it cannot change the R-109 constant', () => {
    const m = setDiscountMode(aModel(), 'r109');
    expect(m.discountSchedule).not.toBe(R109_SCHEDULE);
    expect(m.discountSchedule![0]).not.toBe(R109_SCHEDULE[0]);
  });

  it.each([
    [[{ fromYear: 0, rate: '0.040' }, { fromYear: 40, rate: '0.03' }, { fromYear: 75, rate: '0.02' }], 'r109'],
    [[{ fromYear: 0, rate: '0.05' }], 'custom'],
    [[{ fromYear: 0, rate: '0.04' }, { fromYear: 40, rate: '0.03' }], 'custom'],
  ] as const)('a schedule %j reads as %s', (schedule, mode) => {
    expect(discountMode(aModel({ discountSchedule: schedule.map((s) => ({ ...s })) }))).toBe(mode);
  });
});

describe('checkInteger', () => {
  it.each([
    ['10', INTEGER_RULES.years, null],
    ['100', INTEGER_RULES.years, null],
    ['1', INTEGER_RULES.years, null],
    ['0', INTEGER_RULES.years, 'tooSmall'],
    ['101', INTEGER_RULES.years, 'tooLarge'],
    ['-3', INTEGER_RULES.years, 'tooSmall'],
    ['1.5', INTEGER_RULES.years, 'notInteger'],
    ['1899', INTEGER_RULES.startYear, 'tooSmall'],
    ['2200', INTEGER_RULES.startYear, null],
    ['2201', INTEGER_RULES.startYear, 'tooLarge'],
    ['250', INTEGER_RULES.planYears, 'tooLarge'],
  ] as const)('%s → %s', (value, rule, expected) => {
    expect(checkInteger(value, rule)).toBe(expected);
  });

  it('accepts exactly the whole numbers in range', () => {
    fc.assert(
      fc.property(fc.integer({ min: -500, max: 500 }), (n) => {
        expect(checkInteger(String(n), INTEGER_RULES.years) === null).toBe(n >= 1 && n <= 100);
      }),
    );
  });
});

describe('decimal checks', () => {
  it.each([
    ['-1', 'rateTooLow'], ['-1.5', 'rateTooLow'], ['-0.99', null], ['0', null], ['0.04', null], ['1', null], ['1.01', 'rateTooHigh'],
  ])('rate %s → %s', (rate, code) => {
    expect(checkRate(rate)).toBe(code);
  });

  it.each([['-0.01', 'negative'], ['0', null], ['-0', null], ['2.5', null]])('cost bias %s → %s', (v, code) => {
    expect(checkNonNegative(v)).toBe(code);
  });

  it.each([['-0.1', 'negative'], ['0', null], ['1', null], ['1.0001', 'aboveOne']])('gain bias %s → %s', (v, code) => {
    expect(checkUnit(v)).toBe(code);
  });
});

describe('setting values', () => {
  it('shortening the horizon keeps every amount beyond it', () => {
    const before = aModel({ years: 3 });
    const shorter = setInteger(before, 'years', 1);
    expect(shorter.years).toBe(1);
    expect(shorter.costs).toEqual(before.costs);
    expect(shorter.benefits).toEqual(before.benefits);
    expect(shorter.transfers).toEqual(before.transfers);
    expect(shorter.cohorts).toEqual(before.cohorts);
  });

  it('puts contract years and threshold under procurement, biases under optimismBias', () => {
    const m = setThreshold(setInteger(aModel(), 'contractYears', 6), '250000');
    expect(m.procurement).toEqual({ threshold: '250000', contractYears: 6 });
    expect(setOptimismBias(m, 'benefits', '0.2').optimismBias).toEqual({ costs: '0', benefits: '0.2' });
  });
});
