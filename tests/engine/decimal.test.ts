/**
 * The engine's shortcuts around decimal.js must give decimal.js's own answers: `fixed`
 * reads the digits itself instead of calling toFixed, and `add`/`subtract` skip an
 * addition of zero. Each is checked against decimal.js on values built to hit the edges
 * (ties, carries across the point, tiny and huge values, more than 34 digits, zeros of
 * both signs, the 60-digit Decimals of the discount factors).
 */
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Dec, add, fixed, same, subtract } from '../../src/engine/decimal';

const Wide = Dec.clone({ precision: 60 });

/** decimal.js's toFixed with the engine's documented fold of "-0.00" into "0.00". */
function reference(value: Dec, decimals: number): string {
  const text = value.isZero() ? (0).toFixed(decimals) : value.toFixed(decimals);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

/** Decimal text whose digits lean towards 0, 5 and 9, so ties and carries come up often. */
const digits = (max: number) => fc.array(fc.constantFrom('0', '0', '5', '5', '9', '4', '1', '6'), { maxLength: max }).map((d) => d.join(''));
const decimalText = fc
  .record({ sign: fc.boolean(), whole: digits(18), fraction: digits(40), lead: fc.constantFrom('', '1', '5', '9') })
  .map(({ sign, whole, fraction, lead }) => `${sign ? '-' : ''}${lead}${whole || '0'}${fraction ? `.${fraction}` : ''}`);

describe('fixed', () => {
  it('gives decimal.js toFixed, half to even, for any value and number of decimals', () => {
    fc.assert(
      fc.property(decimalText, fc.constantFrom(0, 1, 2, 6, 10, 12), (text, decimals) => {
        const value = new Dec(text);
        expect(fixed(value, decimals)).toBe(reference(value, decimals));
      }),
      { numRuns: 5000 },
    );
  });

  it('gives toFixed for results of the engine\'s own arithmetic (34 digits) and for 60-digit factors', () => {
    fc.assert(
      fc.property(decimalText, fc.integer({ min: 1, max: 97 }), (text, divisor) => {
        const quotient = new Dec(text).div(divisor);
        const factor = new Wide(1).div(new Wide(1).plus(new Wide(divisor).div(1000)));
        expect(fixed(quotient, 2)).toBe(reference(quotient, 2));
        expect(fixed(quotient, 6)).toBe(reference(quotient, 6));
        expect(fixed(factor, 10)).toBe(reference(factor, 10));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['0.005', 2, '0.00'], ['0.015', 2, '0.02'], ['0.025', 2, '0.02'], ['0.0250000001', 2, '0.03'],
    ['-0.005', 2, '0.00'], ['-0.0051', 2, '-0.01'], ['9.995', 2, '10.00'], ['999999999999.995', 2, '1000000000000.00'],
    ['2.5', 0, '2'], ['3.5', 0, '4'], ['-2.5', 0, '-2'], ['0.0000004', 6, '0.000000'], ['12345678901234567890.125', 2, '12345678901234567890.12'],
  ])('%s to %i decimals is %s', (text, decimals, expected) => {
    expect(fixed(new Dec(text), decimals)).toBe(expected);
    expect(reference(new Dec(text), decimals)).toBe(expected);
  });

  it('leaves a value of another rounding mode to decimal.js', () => {
    const HalfUp = Decimal.clone({ rounding: Decimal.ROUND_HALF_UP });
    expect(fixed(new HalfUp('0.025') as unknown as Dec, 2)).toBe('0.03');
  });
});

describe('add and subtract', () => {
  const value = fc.oneof(
    decimalText.map((t) => new Dec(t)),
    decimalText.map((t) => new Dec(t).div(7)),
    fc.constantFrom(new Dec(0), new Dec('-0'), new Dec('1e-40'), new Dec('123456789012345678901234567890123456789.5')),
    decimalText.map((t) => new Wide(t).div(3) as unknown as Dec),
  );

  it('give the value plus and minus give, the sign of a zero and the constructor included', () => {
    fc.assert(
      fc.property(fc.tuple(value, value), ([a, b]) => {
        for (const [mine, theirs] of [[add(a, b), a.plus(b)], [subtract(a, b), a.minus(b)]] as const) {
          expect(mine.toString()).toBe(theirs.toString());
          expect(mine.isNegative()).toBe(theirs.isNegative());
          expect(mine.constructor).toBe(theirs.constructor);
          expect(same(mine, theirs)).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('same tells a zero from a negative zero', () => {
    expect(same(new Dec(0), new Dec('-0'))).toBe(false);
    expect(same(new Dec('1.50'), new Dec('1.5'))).toBe(true);
    expect(same(new Dec(1), undefined)).toBe(false);
  });
});
