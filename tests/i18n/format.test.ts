import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  NO_VALUE,
  formatAmount,
  formatDate,
  formatEditable,
  formatMoney,
  formatNumber,
  formatPercent,
  formatRatio,
  formatYear,
} from '../../src/i18n/format';
import { canonicalDecimal } from './arbitraries';
import { parseDecimalInput } from '../../src/i18n/parse-number';

const NBSP = '\u00a0';
const MINUS = '\u2212';

describe('formatMoney', () => {
  it.each([
    ['1234567', 'nb', {}, `1${NBSP}234${NBSP}567${NBSP}kr`],
    ['-1234567.5', 'nb', {}, `${MINUS}1${NBSP}234${NBSP}568${NBSP}kr`],
    ['-1234567.5', 'nb', { decimals: 2 }, `${MINUS}1${NBSP}234${NBSP}567,50${NBSP}kr`],
    ['1234567', 'en', {}, `NOK${NBSP}1,234,567`],
    ['1234567.555', 'en', { decimals: 2 }, `NOK${NBSP}1,234,567.56`],
    ['0', 'nb', {}, `0${NBSP}kr`],
  ] as const)('%s in %s %o → %s', (v, lang, opts, expected) => {
    expect(formatMoney(v, lang, opts)).toBe(expected);
  });

  it.each([
    ['2.5', '2'],
    ['3.5', '4'],
    ['-2.5', '-2'],
  ])('rounds half to even like the engine: %s → %s kr', (v, whole) => {
    expect(formatMoney(v, 'nb')).toBe(`${whole.replace('-', MINUS)}${NBSP}kr`);
  });

  it('keeps every digit of a 20-digit amount (no float on the way)', () => {
    expect(formatMoney('98765432109876543210.49', 'en')).toBe(`NOK${NBSP}98,765,432,109,876,543,210`);
    expect(formatNumber('12345678901234567890.123456789012', 'en')).toBe('12,345,678,901,234,567,890.123456789012');
  });

  it('shows a small negative that rounds to zero as plain 0, not −0', () => {
    expect(formatMoney('-0.4', 'nb')).toBe(`0${NBSP}kr`);
  });
});

describe('never NaN, Infinity or undefined', () => {
  const bad = [null, undefined, '', 'abc', 'NaN', 'Infinity', NaN, Infinity, -Infinity, '1e9000000', '1,5', ' '];
  it.each(bad.map((b) => [b]))('%s gives "–" in every formatter', (b) => {
    for (const lang of ['nb', 'en'] as const) {
      expect(formatMoney(b, lang)).toBe(NO_VALUE);
      expect(formatPercent(b, lang)).toBe(NO_VALUE);
      expect(formatNumber(b, lang)).toBe(NO_VALUE);
      expect(formatRatio(b, lang)).toBe(NO_VALUE);
      expect(formatYear(b, lang)).toBe(NO_VALUE);
      expect(formatEditable(b, lang)).toBe('');
    }
  });

  it('property: any string gives text without NaN/Infinity/undefined', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('nb' as const, 'en' as const), (s, lang) => {
        for (const out of [formatMoney(s, lang), formatNumber(s, lang), formatPercent(s, lang), formatRatio(s, lang)]) {
          expect(out).not.toMatch(/NaN|Infinity|undefined|∞/);
          expect(out.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe('formatPercent, formatNumber, formatRatio, formatYear, formatDate', () => {
  it.each([
    [formatPercent('0.045', 'nb'), `4,5${NBSP}%`],
    [formatPercent('0.045', 'en'), '4.5%'],
    [formatPercent('0.04', 'nb'), `4,0${NBSP}%`],
    [formatPercent('0.04', 'nb', 1, { trim: true }), `4${NBSP}%`],
    [formatPercent('-0.125', 'en', 0), '-12%'],
    [formatNumber('1234.5', 'nb'), `1${NBSP}234,5`],
    [formatNumber('1234.5', 'nb', 2), `1${NBSP}234,50`],
    [formatNumber('-1234', 'en'), '-1,234'],
    [formatNumber('2027', 'nb', 0, { grouping: false }), '2027'],
    [formatRatio('3.994', 'nb'), '3,99'],
    [formatRatio('3.995', 'en'), '4.00'],
    [formatYear(2027, 'nb'), '2027'],
    [formatYear('2027', 'en'), '2027'],
    [formatDate('2024-03-05', 'nb'), '5. mars 2024'],
    [formatDate('2024-03-05', 'en'), '5 March 2024'],
    [formatDate('not a date', 'en'), NO_VALUE],
  ])('%s = %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('formatEditable (the text a field shows while it is edited)', () => {
  it.each([
    ['-1234.5', 'nb', false, '-1234,5'],
    ['-1234.5', 'en', false, '-1234.5'],
    ['0.045', 'nb', true, '4,5'],
    ['0.045', 'en', true, '4.5'],
    ['1', 'nb', true, '100'],
    ['12345678901234567890.123456789012', 'nb', false, '12345678901234567890,123456789012'],
  ] as const)('%s in %s (percent %s) → %s', (v, lang, percent, expected) => {
    expect(formatEditable(v, lang, { percent })).toBe(expected);
  });

  it('property: shows every digit, ungrouped, for any canonical value', () => {
    fc.assert(
      fc.property(canonicalDecimal(), (v) => {
        expect(formatEditable(v, 'en')).toBe(v);
        expect(formatEditable(v, 'nb')).toBe(v.replace('.', ','));
      }),
    );
  });
});

describe('formatAmount (a money amount in a field, after it is committed)', () => {
  it.each([
    ['1234.5', 'nb', `1${NBSP}234,50`],
    ['1234.5', 'en', '1,234.50'],
    ['1234.05', 'nb', `1${NBSP}234,05`],
    ['1234', 'nb', `1${NBSP}234`],
    ['1234.00', 'nb', `1${NBSP}234`],
    ['-40000', 'nb', `${MINUS}40${NBSP}000`],
    ['-0.5', 'nb', `${MINUS}0,50`],
    ['0.125', 'nb', '0,125'],
    ['0', 'nb', '0'],
    [null, 'nb', NO_VALUE],
    ['abc', 'nb', NO_VALUE],
  ] as const)('%s in %s → %s', (v, lang, expected) => {
    expect(formatAmount(v, lang)).toBe(expected);
  });

  it('shows no grouping when asked (a code, not an amount)', () => {
    expect(formatAmount('1234.5', 'nb', { grouping: false })).toBe('1234,50');
  });

  it('property: whole amounts have no decimal mark, others at least two decimals, and it parses back', () => {
    fc.assert(
      fc.property(canonicalDecimal(), fc.constantFrom('nb' as const, 'en' as const), (v, lang) => {
        const shown = formatAmount(v, lang);
        const mark = lang === 'nb' ? ',' : '.';
        if (v.includes('.')) expect(shown.split(mark)[1]!.length).toBeGreaterThanOrEqual(2);
        else expect(shown).not.toContain(mark);
        expect(parseDecimalInput(shown, { lang })).toEqual({ ok: true, value: v });
      }),
      { numRuns: 500 },
    );
  });
});
