import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import {
  convertSource, convertedUnitValue, growthFactor, indexFactor, modelPriceBaseYear, priceFactorFor,
  unconvertedPrice, unitFactor, withPriceBaseYear, type SourceDraft,
} from '../../src/engine/price';
import { PRICE_UNITS, type UnitValueSource } from '../../src/engine/model';
import { aCohortBenefit, aDirectBenefit, aModel } from '../builders';

const draft = (overrides: Partial<SourceDraft> = {}): SourceDraft => ({
  label: 'Barnevernsinstitusjon', source: 'SSB 2022', priceYear: 2022, value: '15562', unit: 'per day',
  unitFactor: '365', priceMethod: 'none', ...overrides,
});

describe('unit factors', () => {
  it.each([
    ['per day', '365'],
    ['per week', '52'],
    ['per month', '12'],
    ['per year', '1'],
    ['per case', '1'],
  ] as const)('%s is money per year × %s', (unit, factor) => {
    expect(unitFactor(unit)).toBe(factor);
  });

  it('covers every price unit of the model format', () => {
    for (const unit of PRICE_UNITS) expect(unitFactor(unit)).toMatch(/^\d+$/);
  });
});

describe('price factors', () => {
  it.each([
    // indexFrom, indexTo, factor (worked by hand / Python decimal, rounded half-even to 12 decimals)
    ['100', '112.3', '1.123'],
    ['105.3', '118.2', '1.122507122507'],
    ['200', '100', '0.5'],
    ['3', '1', '0.333333333333'],
    ['1', '3', '3'],
  ])('index %s → %s gives %s', (from, to, factor) => {
    expect(indexFactor(from, to)).toBe(factor);
  });

  it.each([
    ['0', '100'],
    ['100', '0'],
    ['-5', '100'],
    [undefined, '100'],
    ['1e3', '100'],
    ['abc', '100'],
  ])('index %s → %s is refused', (from, to) => {
    expect(indexFactor(from, to)).toBeNull();
  });

  it.each([
    // rate, from year, to year, factor
    ['0.03', 2022, 2024, '1.0609'],
    ['0.025', 2009, 2014, '1.131408212891'],
    ['0.03', 2024, 2022, '0.942595909134'],
    ['0.03', 2024, 2024, '1'],
    ['0', 1990, 2030, '1'],
    ['-0.5', 2020, 2022, '0.25'],
  ])('growth %s from %i to %i gives %s', (rate, from, to, factor) => {
    expect(growthFactor(rate, from, to)).toBe(factor);
  });

  it.each([['-1'], ['-1.5'], ['x'], [undefined]])('growth rate %s is refused', (rate) => {
    expect(growthFactor(rate, 2020, 2025)).toBeNull();
  });

  it('a factor too large for a decimal string is refused, not written in exponent form', () => {
    expect(growthFactor('100', 1900, 2200)).toBeNull();
  });

  it('picks the factor by method', () => {
    const inputs = { priceYear: 2022, growthRate: '0.03', indexFrom: '100', indexTo: '112.3' };
    expect(priceFactorFor({ ...inputs, priceMethod: 'none' }, 2024)).toBe('1');
    expect(priceFactorFor({ ...inputs, priceMethod: 'index' }, 2024)).toBe('1.123');
    expect(priceFactorFor({ ...inputs, priceMethod: 'growth' }, 2024)).toBe('1.0609');
  });
});

describe('converted unit value', () => {
  it.each([
    // value, unitFactor, priceFactor, unitValue
    ['15562', '365', '1.123', '6378785.99'],
    ['15562', '365', '1.122507122507', '6375986.38'],
    ['170000', '12', '1.0609', '2164236'],
    ['5745', '365', '0.942595909134', '1976552.93'],
    ['7474', '12', '1.131408212891', '101473.74'],
    ['257700', '1', '1', '257700'],
    // half-to-even at the second decimal
    ['0.125', '1', '1', '0.12'],
    ['0.135', '1', '1', '0.14'],
    ['0.005', '1', '1', '0'],
    ['-0.004', '1', '1', '0'],
  ])('%s × %s × %s = %s', (value, uf, pf, expected) => {
    expect(convertedUnitValue({ value, unitFactor: uf, priceFactor: pf })).toBe(expected);
  });

  it('refuses inputs that are not decimals and results beyond 20 digits', () => {
    expect(convertedUnitValue({ value: '1e5', unitFactor: '1', priceFactor: '1' })).toBeNull();
    expect(convertedUnitValue({ value: '99999999999999999999', unitFactor: '365', priceFactor: '1' })).toBeNull();
  });

  it('convertSource fills the price factor and keeps only the inputs its method used', () => {
    const out = convertSource(draft({ priceMethod: 'index', indexFrom: '100', indexTo: '112.3', growthRate: '0.03' }), 2027);
    expect(out?.unitValue).toBe('6378785.99');
    expect(out?.source).toMatchObject({ priceFactor: '1.123', indexFrom: '100', indexTo: '112.3' });
    expect(out?.source).not.toHaveProperty('growthRate');
    const growth = convertSource(draft({ priceMethod: 'growth', growthRate: '0.03', indexFrom: '100' }), 2024);
    expect(growth?.source.priceFactor).toBe('1.0609');
    expect(growth?.source).not.toHaveProperty('indexFrom');
  });

  it('convertSource gives null when the method lacks its inputs', () => {
    expect(convertSource(draft({ priceMethod: 'index' }), 2027)).toBeNull();
    expect(convertSource(draft({ priceMethod: 'growth', growthRate: '-1' }), 2027)).toBeNull();
  });
});

describe('properties', () => {
  const index = fc.integer({ min: 1, max: 100_000 }).map((n) => new Decimal(n).div(100).toFixed());
  const value = fc.integer({ min: 0, max: 10_000_000_00 }).map((n) => new Decimal(n).div(100).toFixed());

  it('converting by index a→b and back b→a returns the value within rounding', () => {
    fc.assert(
      fc.property(value, index, index, (v, a, b) => {
        const there = convertedUnitValue({ value: v, unitFactor: '1', priceFactor: indexFactor(a, b)! })!;
        const back = convertedUnitValue({ value: there, unitFactor: '1', priceFactor: indexFactor(b, a)! })!;
        // Each leg rounds to 0.005 kr (the first leg's error comes back scaled by a/b), and each
        // 12-decimal factor is off by at most 5e-13, which the value carries through both legs.
        const r = new Decimal(a).div(b);
        const bound = new Decimal('0.005').times(r.plus(1)).plus(new Decimal(v).times('5e-13').times(r.plus(new Decimal(1).div(r)))).plus('1e-9');
        return new Decimal(back).minus(v).abs().lte(bound);
      }),
    );
  });

  it('growth over n years and back over −n years cancel within rounding', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50, max: 200 }), fc.integer({ min: 1950, max: 2100 }), fc.integer({ min: 0, max: 40 }), (permille, year, n) => {
        const rate = new Decimal(permille).div(1000).toFixed();
        const up = new Decimal(growthFactor(rate, year, year + n)!);
        const down = new Decimal(growthFactor(rate, year + n, year)!);
        // Each stored factor is off by at most 5e-13, so the product is off by 5e-13 × (up + down).
        return up.times(down).minus(1).abs().lte(up.plus(down).times('5e-13').plus('1e-20'));
      }),
    );
  });

  it('the unit factor multiplies exactly: a per-day value × 365 equals the per-year value', () => {
    fc.assert(
      fc.property(value, (v) => convertedUnitValue({ value: v, unitFactor: '365', priceFactor: '1' }) === new Decimal(v).times(365).toDecimalPlaces(2).toFixed()),
    );
  });
});

describe('unconverted prices', () => {
  const source = (overrides: Partial<UnitValueSource> = {}): UnitValueSource => ({ ...draft(), priceFactor: '1', ...overrides });

  it('flags a line whose value is in another year’s kroner and was not converted', () => {
    const model = aModel({ startYear: 2027, benefits: [aCohortBenefit({ id: 'b1', label: 'Plasseringer', unitValueSource: source() })] });
    expect(unconvertedPrice(model)).toEqual([
      { code: 'unconvertedPrice', params: { benefit: 'b1', label: 'Plasseringer', priceYear: 2022, priceBaseYear: 2027 } },
    ]);
  });

  it.each([
    ['the price year is the base year', { priceBaseYear: 2022 }, source()],
    ['converted by index', {}, source({ priceMethod: 'index', indexFrom: '100', indexTo: '110', priceFactor: '1.1' })],
    ['converted by growth', {}, source({ priceMethod: 'growth', growthRate: '0.03', priceFactor: '1.159274' })],
  ])('does not flag when %s', (_why, modelPatch, src) => {
    const model = aModel({ ...modelPatch, benefits: [aCohortBenefit({ unitValueSource: src }), aDirectBenefit()] });
    expect(unconvertedPrice(model)).toEqual([]);
  });

  it('the price base defaults to the start year', () => {
    expect(modelPriceBaseYear(aModel({ startYear: 2030 }))).toBe(2030);
    expect(modelPriceBaseYear(aModel({ startYear: 2030, priceBaseYear: 2024 }))).toBe(2024);
    expect(unconvertedPrice(aModel({ startYear: 2022, benefits: [aCohortBenefit({ unitValueSource: source() })] }))).toEqual([]);
  });
});

describe('a new price base year', () => {
  const growth = convertSource(draft({ unit: 'per year', value: '100000', unitFactor: '1', priceMethod: 'growth', growthRate: '0.03' }), 2024)!;
  const index = convertSource(draft({ priceMethod: 'index', indexFrom: '100', indexTo: '112.3' }), 2024)!;

  it('re-converts lines priced by growth, and leaves index lines and hand-edited values alone', () => {
    const model = aModel({
      startYear: 2024,
      benefits: [
        aCohortBenefit({ id: 'g', unitValue: growth.unitValue, unitValueSource: growth.source }),
        aCohortBenefit({ id: 'i', unitValue: index.unitValue, unitValueSource: index.source }),
        aCohortBenefit({ id: 'h', unitValue: '99', unitValueSource: growth.source }),
      ],
    });
    expect(growth.unitValue).toBe('106090');
    const out = withPriceBaseYear(model, 2025);
    expect(out.priceBaseYear).toBe(2025);
    // 100 000 × 1,03³ = 109 272,70
    expect(out.benefits[0]).toMatchObject({ unitValue: '109272.7', unitValueSource: { priceFactor: '1.092727' } });
    expect(out.benefits[1]).toBe(model.benefits[1]);
    expect(out.benefits[2]).toBe(model.benefits[2]);
  });

  it('moving the base and back returns the same unit values', () => {
    const model = aModel({ benefits: [aCohortBenefit({ unitValue: growth.unitValue, unitValueSource: growth.source })] });
    const back = withPriceBaseYear(withPriceBaseYear(model, 2030), 2024);
    expect(back.benefits).toEqual(model.benefits);
  });
});
