import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CANONICAL_DECIMAL, parseDecimalInput } from '../../src/i18n/parse-number';
import { formatEditable, formatMoney, formatNumber, formatPercent } from '../../src/i18n/format';
import { canonicalDecimal } from './arbitraries';

const ok = (value: string) => ({ ok: true, value });
const no = (code: string) => ({ ok: false, code });

describe('parseDecimalInput: the number formats of issue 3', () => {
  it.each([
    ['1 234 567', '1234567'],
    ['1\u00a0234\u00a0567', '1234567'],
    ['1\u202f234\u202f567', '1234567'],
    ['1 234,50', '1234.5'],
    ['1.234,50', '1234.5'],
    ['1,234.50', '1234.5'],
    ['1234.5', '1234.5'],
    ['1234,5', '1234.5'],
    ['\u221240 000', '-40000'],
    ['-40000', '-40000'],
    ['\u201340 000', '-40000'],
    ['+5', '5'],
    ['kr 1 000', '1000'],
    ['1 000 kr', '1000'],
    ['1000kr', '1000'],
    ['5 000 kroner', '5000'],
    ['NOK 1000', '1000'],
    ['-NOK 1,234,567.50', '-1234567.5'],
    ['kr -1 000', '-1000'],
    ['\u22121\u00a0234\u00a0567,50\u00a0kr', '-1234567.5'],
    ['(1 000)', '-1000'],
    ['1 000,-', '1000'],
    ['1.234.567', '1234567'],
    ['1,234,567', '1234567'],
    [',5', '0.5'],
    ['  42  ', '42'],
    ['007,50', '7.5'],
    ['-0', '0'],
    ['-0,00', '0'],
    ['0.000000000001', '0.000000000001'],
    ['99999999999999999999', '99999999999999999999'],
    ['12 %', '0.12'],
    ['12%', '0.12'],
    ['-4,5 %', '-0.045'],
  ])('%j → %s', (text, value) => {
    expect(parseDecimalInput(text)).toEqual(ok(value));
  });

  it.each([
    ['12', '0.12'],
    ['12 %', '0.12'],
    ['4,5', '0.045'],
    ['0,25', '0.0025'],
    ['100', '1'],
    ['-3', '-0.03'],
  ])('in a percent field %j → %s', (text, value) => {
    expect(parseDecimalInput(text, { percent: true })).toEqual(ok(value));
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['\u00a0', 'empty'],
    ['-', 'notANumber'],
    ['abc', 'notANumber'],
    ['12 34', 'notANumber'],
    ['1.23,4', 'notANumber'],
    ['1,2,3', 'notANumber'],
    ['1 ,5', 'notANumber'],
    ['1,5,', 'notANumber'],
    ['--5', 'notANumber'],
    ['-+5', 'notANumber'],
    ['5 kr %', 'notANumber'],
    ['1e', 'notANumber'],
    ['NaN', 'notANumber'],
    ['Infinity', 'notANumber'],
    ['0x10', 'notANumber'],
    ['kr', 'notANumber'],
    ['123456789012345678901', 'tooLong'],
    ['0,0000000000001', 'tooLong'],
    // No exponents (spec §1): in a money field "12e5" is a typo, not 1 200 000.
    ['12e5', 'notANumber'],
    ['1E3', 'notANumber'],
    ['1,5E+06', 'notANumber'],
    ['1.5e-3', 'notANumber'],
    ['-2e2 kr', 'notANumber'],
    ['1e40', 'notANumber'],
    ['1'.repeat(201), 'tooLong'],
  ])('%j is refused with %s', (text, code) => {
    expect(parseDecimalInput(text)).toEqual(no(code));
  });
});

describe('the one-separator rule', () => {
  it.each([
    // text, Norwegian reading, English reading
    ['1.234', '1234', '1.234'],
    ['1,234', '1.234', '1234'],
    ['-12.345', '-12345', '-12.345'],
    ['123,456', '123.456', '123456'],
    // Not the thousands shape: always a decimal mark.
    ['1,5', '1.5', '1.5'],
    ['1.5', '1.5', '1.5'],
    ['1.2345', '1.2345', '1.2345'],
    ['1234.567', '1234.567', '1234.567'],
    ['0.125', '0.125', '0.125'],
    ['0,125', '0.125', '0.125'],
    // With space groups the mark can only be the decimal mark.
    ['1 234.567', '1234.567', '1234.567'],
    ['1 234,567', '1234.567', '1234.567'],
  ])('%j reads as %s in Norwegian and %s in English', (text, nb, en) => {
    expect(parseDecimalInput(text, { lang: 'nb' })).toEqual(ok(nb));
    expect(parseDecimalInput(text, { lang: 'en' })).toEqual(ok(en));
  });

  it('Norwegian is the default reading', () => {
    expect(parseDecimalInput('1.234')).toEqual(parseDecimalInput('1.234', { lang: 'nb' }));
  });
});

describe('properties', () => {
  const langs = fc.constantFrom('nb' as const, 'en' as const);

  it('format then parse gives back the money amount (2 decimals), in both languages', () => {
    fc.assert(
      fc.property(canonicalDecimal(2), langs, (v, lang) => {
        expect(parseDecimalInput(formatMoney(v, lang, { decimals: 2 }), { lang })).toEqual(ok(v));
      }),
      { numRuns: 500 },
    );
  });

  it('format then parse gives back any number (up to 12 decimals), in both languages', () => {
    fc.assert(
      fc.property(canonicalDecimal(), langs, (v, lang) => {
        expect(parseDecimalInput(formatNumber(v, lang), { lang })).toEqual(ok(v));
      }),
      { numRuns: 500 },
    );
  });

  it('format then parse gives back a percent shown with enough decimals', () => {
    fc.assert(
      fc.property(canonicalDecimal(6, 4), fc.integer({ min: 0, max: 4 }), langs, (v, d, lang) => {
        const shown = formatPercent(v, lang, 4, { trim: d % 2 === 0 });
        expect(parseDecimalInput(shown, { lang, percent: true })).toEqual(ok(v));
      }),
    );
  });

  it('the editing text of a field parses back to its value, percent or not', () => {
    fc.assert(
      fc.property(canonicalDecimal(), langs, fc.boolean(), (v, lang, percent) => {
        expect(parseDecimalInput(formatEditable(v, lang, { percent }), { lang, percent })).toEqual(ok(v));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on any text, and gives a canonical decimal or a code', () => {
    const noisy = fc.oneof(
      fc.string({ maxLength: 250 }),
      fc.string({ unit: fc.constantFrom(...'0123456789 .,-+%()kKrRnNoOeE\u00a0\u2212\u202f'.split('')), maxLength: 40 }),
    );
    fc.assert(
      fc.property(noisy, fc.boolean(), langs, (text, percent, lang) => {
        const r = parseDecimalInput(text, { percent, lang });
        if (r.ok) expect(r.value).toMatch(CANONICAL_DECIMAL);
        else expect(['empty', 'notANumber', 'tooLong']).toContain(r.code);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses every exponent form, however it is written', () => {
    fc.assert(
      fc.property(canonicalDecimal(), fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), fc.integer({ min: 0, max: 99 }), langs, (m, e, sign, k, lang) => {
        const text = (lang === 'nb' ? m.replace('.', ',') : m) + e + sign + String(k);
        expect(parseDecimalInput(text, { lang })).toEqual(no('notANumber'));
      }),
    );
  });

  it('the canonical output is a fixed point: parsing it again changes nothing', () => {
    fc.assert(
      fc.property(canonicalDecimal(), (v) => {
        // Only the thousands shape "1.234" is read differently; English reading keeps '.' decimal.
        expect(parseDecimalInput(v, { lang: 'en' })).toEqual(ok(v));
      }),
    );
  });
});
