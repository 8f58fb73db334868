import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addSource, checkInteger, INTEGER_RULES, removeSource, setInteger, setOptionalText, setSource,
} from '../../../src/features/measure/measure-edits';
import { isCohortBenefit, type CohortBenefit, type Model, type UnitValueSource } from '../../../src/engine/model';
import { aModel } from '../sectors/a-model';

const grown: UnitValueSource = {
  label: 'Stønad', source: 'NAV 2022', priceYear: 2022, value: '1000', unit: 'per year', unitFactor: '1',
  priceMethod: 'growth', priceFactor: '1.159274074300', growthRate: '0.03',
};

/** aModel with the cohort-driven line converted from 2022 kroner by 3 % a year to 2027 (1000 × 1.03^5). */
function withGrownLine(overrides: Partial<Model> = {}): Model {
  const m = aModel(overrides);
  return { ...m, benefits: m.benefits.map((b) => (isCohortBenefit(b) ? { ...b, unitValue: '1159.27', unitValueSource: grown } : b)) };
}
const cohortLine = (m: Model) => m.benefits.find(isCohortBenefit) as CohortBenefit;

describe('proposer and municipality', () => {
  it.each([
    ['proposer', '  Mestring AS ', 'Mestring AS'],
    ['municipality', 'Bodø', 'Bodø'],
  ] as const)('%s is stored trimmed', (field, typed, stored) => {
    expect(setOptionalText(aModel(), field, typed)[field]).toBe(stored);
  });

  it.each(['', '   '])('a blank text %j removes the field instead of saving an empty string', (blank) => {
    const m = setOptionalText(aModel({ proposer: 'Mestring AS', municipality: 'Bodø' }), 'proposer', blank);
    expect('proposer' in m).toBe(false);
    expect(m.municipality).toBe('Bodø');
  });

  it('blanking a field that is not there returns the same model (no undo step)', () => {
    const m = aModel();
    expect(setOptionalText(m, 'municipality', ' ')).toBe(m);
  });
});

describe('sources', () => {
  it.each([
    [undefined, 'SSB', ['SSB']],
    [['SSB'], '  KOSTRA 2024 ', ['SSB', 'KOSTRA 2024']],
    [['SSB'], 'SSB', ['SSB', 'SSB']],
  ] as const)('adding to %j the text %j gives %j', (before, text, after) => {
    const m = addSource(aModel(before ? { sources: [...before] } : {}), text);
    expect(m.sources).toEqual(after);
  });

  it('a blank new source adds nothing', () => {
    const m = aModel({ sources: ['SSB'] });
    expect(addSource(m, '  ')).toBe(m);
  });

  it.each([
    [1, 'Helsedirektoratet', ['SSB', 'Helsedirektoratet', 'NAV']],
    [0, ' FHI ', ['FHI', 'KOSTRA', 'NAV']],
  ])('setting source %i to %j', (index, text, after) => {
    expect(setSource(aModel({ sources: ['SSB', 'KOSTRA', 'NAV'] }), index, text).sources).toEqual(after);
  });

  it.each([[-1, 'X'], [3, 'X'], [0, ''], [0, '   '], [0, 'SSB']])('setting source %i to %j changes nothing', (index, text) => {
    const m = aModel({ sources: ['SSB', 'KOSTRA', 'NAV'] });
    expect(setSource(m, index, text)).toBe(m);
  });

  it('deleting removes exactly that line, and the last one removes the list from the file', () => {
    const m = aModel({ sources: ['SSB', 'KOSTRA'] });
    expect(removeSource(m, 0).sources).toEqual(['KOSTRA']);
    expect('sources' in removeSource(removeSource(m, 1), 0)).toBe(false);
    expect(removeSource(m, 5)).toBe(m);
  });

  it('never mutates the model it is given', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }), { maxLength: 5 }), fc.nat(6), fc.string(), (list, i, text) => {
        const m = aModel({ sources: [...list] });
        const copy = structuredClone(m);
        addSource(m, text);
        setSource(m, i, text);
        removeSource(m, i);
        expect(m).toEqual(copy);
      }),
    );
  });
});

describe('price base year', () => {
  it.each([
    ['1899', 'tooSmall'], ['1900', null], ['2200', null], ['2201', 'tooLarge'], ['2027.5', 'notInteger'],
  ] as const)('%s → %s', (value, code) => {
    expect(checkInteger(value, INTEGER_RULES.priceBaseYear)).toBe(code);
  });

  it('setting it converts growth-based unit values again: 1000 in 2022 at 3 % a year is 1 092,73 in 2025', () => {
    const m = setInteger(withGrownLine(), 'priceBaseYear', 2025);
    expect(m.priceBaseYear).toBe(2025);
    expect(m.startYear).toBe(2027);
    expect(cohortLine(m).unitValue).toBe('1092.73');
    expect(cohortLine(m).unitValueSource?.priceFactor).toBe('1.092727');
  });

  it('without a price base of its own, moving the start year moves the price base and keeps it implicit', () => {
    const m = setInteger(withGrownLine(), 'startYear', 2024);
    expect(m.startYear).toBe(2024);
    expect('priceBaseYear' in m).toBe(false);
    expect(cohortLine(m).unitValue).toBe('1060.9');
  });

  it('with a price base of its own, moving the start year leaves the unit values alone', () => {
    const before = withGrownLine({ priceBaseYear: 2027 });
    const m = setInteger(before, 'startYear', 2030);
    expect(m.priceBaseYear).toBe(2027);
    expect(m.benefits).toEqual(before.benefits);
  });
});
