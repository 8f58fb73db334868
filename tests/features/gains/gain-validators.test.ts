import { describe, expect, it } from 'vitest';
import { checkDuration, checkEffect, checkLag, checkRate, checkSize } from '../../../src/features/gains/gain-validators';

describe('field checks (spec §1 ranges)', () => {
  it.each([
    ['0', null], ['1', null], ['0.3', null], ['0.999999', null],
    ['-0.01', 'rateRange'], ['1.01', 'rateRange'], ['30', 'rateRange'],
  ])('rate %s → %s', (value, expected) => expect(checkRate(value)).toBe(expected));

  it.each([
    ['0', null], ['0.02', null], ['2.5', null], ['-0.001', 'effectNegative'],
  ])('effect %s → %s', (value, expected) => expect(checkEffect(value)).toBe(expected));

  it.each([
    ['0', null], ['300', null], ['-1', 'sizeNegative'],
  ])('cohort size %s → %s', (value, expected) => expect(checkSize(value)).toBe(expected));

  it.each([
    ['0', null], ['5', null], ['-1', 'lagWhole'], ['1.5', 'lagWhole'], ['99999999999999999999', 'lagWhole'],
  ])('lag %s → %s', (value, expected) => expect(checkLag(value)).toBe(expected));

  it.each([
    ['1', null], ['40', null], ['0', 'durationWhole'], ['-2', 'durationWhole'], ['2.5', 'durationWhole'],
  ])('duration %s → %s', (value, expected) => expect(checkDuration(value)).toBe(expected));
});
