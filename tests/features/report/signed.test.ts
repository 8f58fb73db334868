import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { signed } from '../../../src/features/report/signed';
import { formatPercent } from '../../../src/i18n/format';

const MINUS = '\u2212';

describe('signed', () => {
  it.each([
    ['0 %', '+', '0 %'],
    ['0 %', MINUS, '0 %'],
    ['0,0 %', MINUS, '0,0 %'],
    ['10 %', MINUS, `${MINUS}10 %`],
    ['10 %', '+', '+10 %'],
    ['0,5 %', '+', '+0,5 %'],
    ['NOK 0', '+', 'NOK 0'],
    ['20%', MINUS, `${MINUS}20%`],
  ] as const)('%s with %s → %s', (text, sign, expected) => {
    expect(signed(text, sign)).toBe(expected);
  });

  it('never writes a sign before a figure shown as zero, and always before one that is not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom('nb' as const, 'en' as const), fc.constantFrom('+' as const, MINUS), (n, lang, sign) => {
        const shown = formatPercent(String(n / 1_000_000), lang, 1, { trim: true });
        const out = signed(shown, sign);
        const zero = !/[1-9]/.test(shown);
        expect(out).toBe(zero ? shown : `${sign}${shown}`);
        expect(out).not.toMatch(/^[+\u2212]0([,.]0)?\s?%$/);
      }),
    );
  });
});
