import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DECIMAL_PATTERN, plainNumberText, readDecimal } from '../../src/engine/decimal-string';

describe('plainNumberText', () => {
  it.each([
    [0.1, '0.1'], [1e-7, '0.0000001'], [-1.5e-7, '-0.00000015'], [1e21, '1000000000000000000000'],
    [1.5e21, '1500000000000000000000'], [123.456, '123.456'], [-0, '0'], [5e-324, `0.${'0'.repeat(323)}5`],
  ])('%s → %s', (n, text) => {
    expect(plainNumberText(n)).toBe(text);
  });

  it('reads back as the same number, for every finite double', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
      const text = plainNumberText(n);
      expect(text).not.toMatch(/e/i);
      expect(Number(text)).toBe(n === 0 ? 0 : n);
    }));
  });
});

describe('readDecimal', () => {
  it.each([
    ['1250000.50', { ok: true, value: '1250000.50' }],
    ['-0.04', { ok: true, value: '-0.04' }],
    [0.1, { ok: true, value: '0.1' }],
    ['12,5x', { ok: false, code: 'notANumber', value: '12,5x' }],
    [' 1', { ok: false, code: 'notANumber', value: ' 1' }],
    ['1.', { ok: false, code: 'notANumber', value: '1.' }],
    ['+1', { ok: false, code: 'notANumber', value: '+1' }],
    ['1e5', { ok: false, code: 'notANumber', value: '1e5' }],
    ['0.1234567890123', { ok: false, code: 'tooManyDigits', value: '0.1234567890123' }],
    [Number.NaN, { ok: false, code: 'notFinite', value: 'NaN' }],
    [1e300, { ok: false, code: 'tooManyDigits', value: '1e+300' }],
    [null, { ok: false, code: 'wrongType', value: '' }],
  ])('%j → %j', (input, expected) => {
    expect(readDecimal(input)).toEqual(expected);
  });

  it('refuses a megabyte of digits quickly and shows only its start', () => {
    const reading = readDecimal('9'.repeat(1_000_000));
    expect(reading).toEqual({ ok: false, code: 'notANumber', value: `${'9'.repeat(40)}…` });
  });

  it('accepts exactly the strings the pattern accepts', () => {
    fc.assert(fc.property(fc.stringMatching(/^-?\d{1,22}(\.\d{1,14})?$/), (text) => {
      expect(readDecimal(text).ok).toBe(DECIMAL_PATTERN.test(text));
    }));
  });
});
