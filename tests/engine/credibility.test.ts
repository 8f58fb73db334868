import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/engine/calculate';
import { credibilityFlags, type CredibilityCode } from '../../src/engine/credibility';
import { parseModel } from '../../src/engine/parse';
import type { Model } from '../../src/engine/model';
import { EXAMPLES } from '../charts/examples';

type RawBenefit = Record<string, unknown>;

/** A payer spending 100 000 in years 1–2 and one gain line under test (3-year horizon). */
function model(benefits: RawBenefit[], sizes = ['10', '10', '10']): Model {
  const parsed = parseModel({
    format: 'gevinstkart-model', version: 1, startYear: 2027, years: 3,
    sectors: [{ id: 'p', name: 'Payer', level: 'municipal' }, { id: 'g', name: 'Gainer', level: 'state' }, { id: 'h', name: 'People', level: 'household' }],
    costs: [{ id: 'c', label: 'Course', sector: 'p', kind: 'purchase', amounts: ['0', '100000', '100000'] }],
    cohorts: [{ id: 'k', label: 'Participants', sizes }],
    benefits: benefits.map((b, i) => ({ id: `b${i}`, label: `Gain ${i}`, sector: 'g', type: 'cashable', ...b })),
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.model;
}

const cohortGain = { cohort: 'k', effect: '0.1', unitValue: '50000', lag: 1, deadweight: '0.3', attribution: '0.2' };
const codes = (m: Model) => credibilityFlags(m, calculate(m)).map((f) => f.code);

describe('credibilityFlags', () => {
  it.each<{ name: string; benefits: RawBenefit[]; sizes?: string[]; expected: CredibilityCode[] }>([
    { name: 'a modest, adjusted, lagged gain raises nothing', benefits: [cohortGain], expected: [] },
    { name: 'no deadweight and no attribution', benefits: [{ ...cohortGain, deadweight: '0', attribution: '0' }], expected: ['noAdjustments'] },
    { name: 'attribution alone counts as assessed', benefits: [{ ...cohortGain, deadweight: '0', attribution: '0.1' }], expected: [] },
    { name: 'displacement alone does not', benefits: [{ ...cohortGain, deadweight: '0', attribution: '0', displacement: '0.2' }], expected: ['noAdjustments'] },
    { name: 'a pure disbenefit needs no deadweight', benefits: [{ amounts: ['0', '-4000', '-4000'] }], expected: [] },
    { name: 'a cohort gain with no lag starts in year 0', benefits: [{ ...cohortGain, lag: 0 }], expected: ['noLag'] },
    { name: 'no lag but nobody starts in year 0', benefits: [{ ...cohortGain, lag: 0 }], sizes: ['0', '10', '10'], expected: [] },
    { name: 'a direct gain in year 0', benefits: [{ amounts: ['1000', '1000', '1000'], deadweight: '0.5' }], expected: ['noLag'] },
    { name: 'a direct gain from year 1', benefits: [{ amounts: ['0', '1000', '1000'], deadweight: '0.5' }], expected: [] },
    { name: 'full deadweight leaves nothing in year 0', benefits: [{ ...cohortGain, lag: 0, deadweight: '1' }], expected: [] },
    { name: 'gains exactly 10 times the costs are not flagged', benefits: [{ amounts: ['0', '2000000', '2000000'], deadweight: '0.5' }], expected: [] },
    { name: 'gains just over 10 times the costs are', benefits: [{ amounts: ['0', '2000200', '2000200'], deadweight: '0.5' }], expected: ['highRatio', 'highRatio'] },
    { name: 'mostly social value', benefits: [cohortGain, { ...cohortGain, sector: 'h', type: 'social', effect: '0.2' }], expected: ['mostlySocial'] },
    { name: 'exactly half social is not "most"', benefits: [cohortGain, { ...cohortGain, sector: 'h', type: 'social' }], expected: [] },
    {
      name: 'a social-only case over 10:1 flags the SROI, not the fiscal ratio',
      benefits: [{ amounts: ['0', '3000000', '3000000'], deadweight: '0.5', sector: 'h', type: 'economic' }],
      expected: ['highRatio', 'mostlySocial'],
    },
  ])('$name', ({ benefits, sizes, expected }) => {
    expect(codes(model(benefits, sizes))).toEqual(expected);
  });

  it('names the ratio and its value so the reader can check it', () => {
    const m = model([{ amounts: ['0', '3000000', '3000000'], deadweight: '0.5', sector: 'h', type: 'social' }]);
    const flags = credibilityFlags(m, calculate(m));
    expect(flags).toContainEqual({ code: 'highRatio', params: { measure: 'sroi', ratio: '15.000000' } });
    expect(flags).toContainEqual({ code: 'mostlySocial', params: { share: '1.000000' } });
  });

  it('names the gain line that lacks adjustments', () => {
    const m = model([cohortGain, { ...cohortGain, deadweight: '0', attribution: '0', label: 'Freed nurse time' }]);
    expect(credibilityFlags(m, calculate(m))).toEqual([{ code: 'noAdjustments', params: { benefit: 'b1', label: 'Freed nurse time' } }]);
  });

  it.each([
    { name: 'school' as const, expected: ['noAdjustments:nurse', 'noLag:nurse', 'noLag:wellbeing'] },
    { name: 'youth' as const, expected: ['noAdjustments:staff', 'noAdjustments:earnings', 'noLag:socialaid', 'noLag:staff', 'noLag:loneliness', 'noLag:earnings'] },
  ])('the $name example: flags follow from its lines', ({ name, expected }) => {
    const { model: m, result } = EXAMPLES.find((e) => e.name === name)!;
    const flags = credibilityFlags(m, result).filter((f) => 'benefit' in f.params);
    expect(flags.map((f) => `${f.code}:${'benefit' in f.params ? f.params.benefit : ''}`)).toEqual(expected);
  });
});
