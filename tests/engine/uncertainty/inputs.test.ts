import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRange, inputOverride, isDegenerate, uncertainInputs, type InputRef } from '../../../src/engine/uncertainty/inputs';
import { Dec } from '../../../src/engine/decimal';
import { R109_SCHEDULE } from '../../../src/engine/model';
import { aCohortBenefit, aCostLine, aDirectBenefit, aModel } from '../../builders';
import { arbitraryModel } from '../arbitraries';

const effect: InputRef = { kind: 'benefit', id: 'gain', field: 'effect' };
const lag: InputRef = { kind: 'benefit', id: 'gain', field: 'lag' };
const deadweight: InputRef = { kind: 'benefit', id: 'gain', field: 'deadweight' };
const unitValue: InputRef = { kind: 'benefit', id: 'gain', field: 'unitValue' };
const duration: InputRef = { kind: 'benefit', id: 'gain', field: 'duration' };

describe('defaultRange (±25 %, within the field\'s rules)', () => {
  it.each<[string, string, InputRef, boolean, string, string]>([
    ['an effect', '0.1', effect, false, '0.075', '0.125'],
    ['a negative unit value keeps low below high', '-40000', unitValue, false, '-50000', '-30000'],
    ['a deadweight near 1 is clamped to 1', '0.9', deadweight, false, '0.675', '1'],
    ['a value of zero has no spread', '0', deadweight, false, '0', '0'],
    ['a lag of 1 moves one whole year either way', '1', lag, true, '0', '2'],
    ['a lag of 8 moves two years', '8', lag, true, '6', '10'],
    ['a lag of 0 stays 0', '0', lag, true, '0', '0'],
    ['a duration of 1 cannot go below 1', '1', duration, true, '1', '2'],
  ])('%s', (_, value, ref, integer, low, high) => {
    const range = defaultRange(value, ref, integer);
    expect([range.low.toFixed(), range.high.toFixed()]).toEqual([low, high]);
  });
});

describe('uncertainInputs', () => {
  const model = aModel({
    costs: [aCostLine({ range: { low: '0.9', high: '1.3' } })],
    benefits: [
      aCohortBenefit({ ranges: { effect: { low: '0.05', likely: '0.08', high: '0.2' } } }),
      aDirectBenefit(),
    ],
  });
  const inputs = uncertainInputs(model);
  const byKey = new Map(inputs.map((i) => [i.key, i]));

  it('lists the discount rate, each cost factor and each gain line\'s fields, with unique keys', () => {
    expect(inputs.map((i) => i.key)).toEqual([
      'model:discountRate', 'cost:course:factor',
      ...['effect', 'unitValue', 'deadweight', 'attribution', 'displacement', 'dropOff', 'lag'].map((f) => `benefit:gain:${f}`),
      ...['amounts', 'deadweight', 'attribution', 'displacement'].map((f) => `benefit:direct:${f}`),
    ]);
  });

  it('a gain lasting to the horizon has no duration input unless the user gives a range', () => {
    expect(byKey.has('benefit:gain:duration')).toBe(false);
  });

  it('takes the user\'s range and marks it', () => {
    expect(byKey.get('cost:course:factor')).toMatchObject({ low: '0.9', likely: '1', high: '1.3', source: 'user' });
    expect(byKey.get('benefit:gain:effect')).toMatchObject({ low: '0.05', likely: '0.08', high: '0.2', source: 'user' });
  });

  it('falls back to ±25 % of the value', () => {
    expect(byKey.get('benefit:gain:unitValue')).toMatchObject({ low: '112500', likely: '150000', high: '187500', source: 'default' });
    expect(byKey.get('benefit:direct:amounts')).toMatchObject({ low: '0.75', likely: '1', high: '1.25' });
  });

  it('keeps "likely" inside a range the value was later moved out of', () => {
    const moved = aModel({ benefits: [aCohortBenefit({ effect: '0.5', ranges: { effect: { low: '0.05', high: '0.2' } } })] });
    expect(uncertainInputs(moved).find((i) => i.key === 'benefit:gain:effect')).toMatchObject({ likely: '0.2' });
  });

  it('leaves the discount rate out when a discount schedule governs it', () => {
    expect(uncertainInputs(aModel({ discountSchedule: R109_SCHEDULE })).some((i) => i.ref.kind === 'model')).toBe(false);
  });

  it('an override per input names the same line and field (amounts as factor)', () => {
    expect(inputOverride({ kind: 'benefit', id: 'direct', field: 'amounts' }, '2')).toEqual({ kind: 'benefit', id: 'direct', field: 'factor', value: '2' });
    expect(inputOverride({ kind: 'cost', id: 'course', field: 'factor' }, '2')).toEqual({ kind: 'cost', id: 'course', field: 'factor', value: '2' });
  });

  describe('properties', () => {
    it('every input has low ≤ likely ≤ high within its bounds, and whole years are whole', () => {
      fc.assert(
        fc.property(arbitraryModel(), (m) => {
          for (const i of uncertainInputs(m)) {
            const [low, likely, high] = [new Dec(i.low), new Dec(i.likely), new Dec(i.high)];
            expect(low.lessThanOrEqualTo(likely) && likely.lessThanOrEqualTo(high)).toBe(true);
            if (i.bounds.min !== null) expect(low.greaterThanOrEqualTo(i.bounds.min)).toBe(true);
            if (i.bounds.max !== null) expect(high.lessThanOrEqualTo(i.bounds.max)).toBe(true);
            if (i.integer) expect(low.isInteger() && high.isInteger()).toBe(true);
            if (new Dec(i.value).isZero() && i.source === 'default') expect(isDegenerate(i)).toBe(true);
          }
        }),
        { numRuns: 100 },
      );
    });
  });
});
