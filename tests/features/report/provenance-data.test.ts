import { describe, expect, it } from 'vitest';
import { modelSources, priceBaseOf, unitValueRows, unitValueSources } from '../../../src/features/report/provenance-data';
import { isCohortBenefit } from '../../../src/engine/model';
import { parsed, rawSchool, schoolV2 } from './school-v2';

describe('priceBaseOf', () => {
  it.each([
    [{}, 2027, true],
    [{ priceBaseYear: 2028 }, 2028, false],
    [{ priceBaseYear: 2027 }, 2027, false],
  ])('a model with %j counts in %i kroner (default: %s)', (extra, year, isDefault) => {
    expect(priceBaseOf(parsed({ ...rawSchool(), ...extra }))).toEqual({ year, isDefault });
  });
});

describe('unitValueRows', () => {
  const rows = unitValueRows(schoolV2());

  it('lists exactly the cohort-driven lines that document their unit value, in model order', () => {
    const documented = schoolV2().benefits.filter((b) => isCohortBenefit(b) && b.unitValueSource).map((b) => b.id);
    expect(rows.map((r) => r.id)).toEqual(documented);
    expect(rows.map((r) => r.id)).toEqual(['cw', 'nurse', 'bup', 'aap', 'wellbeing']);
  });

  it.each([
    ['cw', '262254.48', false, false],
    ['bup', '55000', false, false],
    ['aap', '250000', false, true],
    ['wellbeing', '10000', true, false],
  ] as const)('%s: the documented conversion gives %s (edited by hand: %s, unconverted: %s)', (id, converted, edited, unconverted) => {
    const row = rows.find((r) => r.id === id)!;
    expect(row.converted !== null && Number(row.converted)).toBe(Number(converted));
    expect(row.edited).toBe(edited);
    expect(row.unconverted).toBe(unconverted);
  });

  it('a 2023 value with no conversion is not unconverted in a model that counts in 2023 kroner', () => {
    const m = schoolV2();
    const same = unitValueRows({ ...m, priceBaseYear: 2023 });
    expect(same.find((r) => r.id === 'aap')!.unconverted).toBe(false);
    // …but the 2028 value without conversion now is.
    expect(same.find((r) => r.id === 'wellbeing')!.unconverted).toBe(true);
  });
});

describe('sources', () => {
  it('groups unit-value sources by source and price year, naming the lines that use each', () => {
    expect(unitValueSources(schoolV2())).toEqual([
      { source: 'SSB, KOSTRA barnevern', priceYear: 2025, usedBy: ['Færre barnevernstiltak'] },
      { source: 'Helsedirektoratet, DRG', priceYear: 2024, usedBy: ['Frigjort tid hos helsesykepleier', 'Færre henvisninger til BUP'] },
      { source: 'NAV, AAP-statistikk', priceYear: 2023, usedBy: ['Færre unge på arbeidsavklaringspenger'] },
      { source: 'Egen vurdering', priceYear: 2028, usedBy: ['Bedre mestring og trivsel'] },
    ]);
  });

  it('the same publication from two price years is two sources', () => {
    const m = schoolV2();
    const benefits = m.benefits.map((b) =>
      b.id === 'nurse' && isCohortBenefit(b) && b.unitValueSource ? { ...b, unitValueSource: { ...b.unitValueSource, priceYear: 2020 } } : b);
    const drg = unitValueSources({ ...m, benefits }).filter((s) => s.source === 'Helsedirektoratet, DRG');
    expect(drg.map((s) => [s.priceYear, s.usedBy.length])).toEqual([[2020, 1], [2024, 1]]);
  });

  it.each([
    [undefined, []],
    [[], []],
    [['  SSB ', '', '   ', 'NAV'], ['SSB', 'NAV']],
  ])('model sources %j are listed as %j', (sources, listed) => {
    const m = schoolV2();
    expect(modelSources(sources === undefined ? { ...m, sources: undefined } : { ...m, sources })).toEqual(listed);
  });
});
