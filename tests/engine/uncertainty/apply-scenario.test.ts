import { describe, expect, it } from 'vitest';
import { applyOverrides, applyScenario, plainDecimal, scenarioProblems } from '../../../src/engine/uncertainty/apply-scenario';
import { calculate } from '../../../src/engine/calculate';
import { Dec } from '../../../src/engine/decimal';
import { R109_SCHEDULE, type CohortBenefit, type DirectBenefit, type ScenarioOverride } from '../../../src/engine/model';
import { aCostLine, aDirectBenefit, aModel } from '../../builders';
import { schoolModel } from './helpers';

const base = aModel({
  costs: [aCostLine({ amounts: ['100000', '50000.5'] })],
  benefits: [
    { id: 'gain', label: 'G', sector: 'nav', type: 'cashable', cohort: 'pupils', effect: '0.1', unitValue: '150000', lag: 1, duration: null, dropOff: '0', deadweight: '0', attribution: '0', displacement: '0' },
    aDirectBenefit({ amounts: ['1000', '2000'] }),
  ],
});

const cohortLine = (m: typeof base) => m.benefits[0] as CohortBenefit;
const directLine = (m: typeof base) => m.benefits[1] as DirectBenefit;

describe('applyOverrides', () => {
  it('leaves the base model untouched and returns it as is without overrides', () => {
    const before = JSON.stringify(base);
    expect(applyOverrides(base, [])).toBe(base);
    applyOverrides(base, [{ kind: 'cost', id: 'course', field: 'factor', value: '2' }]);
    expect(JSON.stringify(base)).toBe(before);
  });

  it.each<[string, ScenarioOverride, (m: typeof base) => unknown, unknown]>([
    ['a cost factor multiplies the amounts', { kind: 'cost', id: 'course', field: 'factor', value: '1.5' }, (m) => m.costs[0]!.amounts, ['150000', '75000.75']],
    ['a cohort factor multiplies the sizes', { kind: 'cohort', id: 'pupils', field: 'factor', value: '0.5' }, (m) => m.cohorts[0]!.sizes, ['5', '5']],
    ['an effect is set', { kind: 'benefit', id: 'gain', field: 'effect', value: '0.2' }, (m) => cohortLine(m).effect, '0.2'],
    ['a lag is set in whole years', { kind: 'benefit', id: 'gain', field: 'lag', value: '3' }, (m) => cohortLine(m).lag, 3],
    ['a duration is set in whole years', { kind: 'benefit', id: 'gain', field: 'duration', value: '2' }, (m) => cohortLine(m).duration, 2],
    ['a direct factor multiplies the amounts', { kind: 'benefit', id: 'direct', field: 'factor', value: '0.1' }, (m) => directLine(m).amounts, ['100', '200']],
    ['a factor on a cohort line scales its unit value', { kind: 'benefit', id: 'gain', field: 'factor', value: '2' }, (m) => cohortLine(m).unitValue, '300000'],
    ['a deadweight is set', { kind: 'benefit', id: 'direct', field: 'deadweight', value: '0.4' }, (m) => directLine(m).deadweight, '0.4'],
    ['an optimism bias is set on the line', { kind: 'benefit', id: 'gain', field: 'optimismBias', value: '0.2' }, (m) => cohortLine(m).optimismBias, '0.2'],
    ['the discount rate is set', { kind: 'model', field: 'discountRate', value: '0.025' }, (m) => m.discountRate, '0.025'],
  ])('%s', (_, override, read, expected) => {
    expect(read(applyOverrides(base, [override]))).toEqual(expected);
  });

  it('an effect on a direct line changes nothing', () => {
    const out = applyOverrides(base, [{ kind: 'benefit', id: 'direct', field: 'effect', value: '0.5' }]);
    expect(out.benefits[1]).toEqual(base.benefits[1]);
  });

  it('factors on the same line multiply; a later value of the same field wins', () => {
    const out = applyOverrides(base, [
      { kind: 'cost', id: 'course', field: 'factor', value: '2' },
      { kind: 'cost', id: 'course', field: 'factor', value: '0.5' },
      { kind: 'benefit', id: 'gain', field: 'effect', value: '0.3' },
      { kind: 'benefit', id: 'gain', field: 'effect', value: '0.4' },
    ]);
    expect(out.costs[0]!.amounts).toEqual(base.costs[0]!.amounts);
    expect(cohortLine(out).effect).toBe('0.4');
  });

  it('a discount-rate override replaces the discount schedule', () => {
    const scheduled = { ...base, discountSchedule: R109_SCHEDULE };
    const out = applyOverrides(scheduled, [{ kind: 'model', field: 'discountRate', value: '0.02' }]);
    expect(out.discountSchedule).toBeUndefined();
    expect(out.discountRate).toBe('0.02');
  });

  it('overrides naming no line are skipped', () => {
    const out = applyOverrides(base, [{ kind: 'cost', id: 'nope', field: 'factor', value: '3' }]);
    expect(out.costs).toEqual(base.costs);
  });

  it('a cost factor of 2 doubles the present cost of the school example', () => {
    const school = schoolModel();
    const doubled = applyScenario(school, { id: 's', name: 'Dobbel kostnad', overrides: school.costs.map((c) => ({ kind: 'cost' as const, id: c.id, field: 'factor' as const, value: '2' })) });
    const twice = new Dec(calculate(school).totals.pvCosts).times(2);
    // Each figure is rounded to the øre: twice a rounded figure may differ by one øre.
    expect(new Dec(calculate(doubled).totals.pvCosts).minus(twice).abs().toNumber()).toBeLessThanOrEqual(0.01);
  });
});

describe('plainDecimal', () => {
  it.each([
    ['0.1', '0.1'],
    ['-0.0000000000001', '0'],
    ['1.23456789012345', '1.234567890123'],
    ['250000.000', '250000'],
  ])('%s → %s (at most 12 decimals, never -0)', (input, expected) => {
    expect(plainDecimal(new Dec(input))).toBe(expected);
  });
});

describe('scenarioProblems', () => {
  const problems = (overrides: ScenarioOverride[]) => scenarioProblems(base, { id: 's', name: 's', overrides }).map((p) => p.code);

  it.each<[string, ScenarioOverride, string[]]>([
    ['a valid override', { kind: 'benefit', id: 'gain', field: 'deadweight', value: '0.5' }, []],
    ['an unknown cost line', { kind: 'cost', id: 'x', field: 'factor', value: '1' }, ['unknownLine']],
    ['an unknown cohort', { kind: 'cohort', id: 'x', field: 'factor', value: '1' }, ['unknownLine']],
    ['a deadweight above 1', { kind: 'benefit', id: 'gain', field: 'deadweight', value: '1.2' }, ['outOfRange']],
    ['a negative factor', { kind: 'cost', id: 'course', field: 'factor', value: '-1' }, ['outOfRange']],
    ['a lag that is not whole', { kind: 'benefit', id: 'gain', field: 'lag', value: '1.5' }, ['wholeNumber']],
    ['a duration of 0', { kind: 'benefit', id: 'gain', field: 'duration', value: '0' }, ['outOfRange']],
    ['a discount rate of −100 %', { kind: 'model', field: 'discountRate', value: '-1' }, ['outOfRange']],
    ['an effect on a direct line', { kind: 'benefit', id: 'direct', field: 'effect', value: '0.1' }, ['notApplicable']],
    ['text that is no number', { kind: 'benefit', id: 'gain', field: 'unitValue', value: '1e5' }, ['notANumber']],
  ])('%s', (_, override, expected) => {
    expect(problems([override])).toEqual(expected);
  });
});
