/**
 * A cohort-driven gain of limited duration is computed in integers when every step of
 * the term-by-term Decimal sum would be exact, and by that Decimal sum otherwise. Both
 * must give the Decimal sum's values exactly: checked here against the term-by-term sum
 * itself, written out plainly, on inputs that land on both sides of the 34-digit bound
 * (long drop-offs, long durations, sizes with many decimals).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, ONE, ZERO } from '../../src/engine/decimal';
import { cohortGross, type ProfileCache } from '../../src/engine/lines';
import type { CohortBenefit, Model } from '../../src/engine/model';
import { decimalString } from './arbitraries';

/** spec §2.2 as the engine sums it: Σ over c ascending of size(c) × (1 − dropOff)^k, k = t − c − lag < duration. */
function termByTerm(sizes: readonly string[], years: number, line: CohortBenefit): Dec[] {
  const keep = ONE.minus(line.dropOff);
  const decay = [ONE];
  for (let k = 1; k < years; k++) decay.push(decay[k - 1]!.times(keep));
  const profile = new Array<Dec>(years).fill(ZERO);
  for (let c = 0; c < years; c++) {
    const size = new Dec(sizes[c] ?? '0');
    if (size.isZero()) continue;
    for (let k = 0; k < (line.duration ?? years) && c + line.lag + k < years; k++) {
      const t = c + line.lag + k;
      profile[t] = profile[t]!.plus(keep.equals(ONE) || k === 0 ? size : size.times(decay[k]!));
    }
  }
  const perParticipant = new Dec(line.effect).times(line.unitValue);
  return profile.map((p) => (p.isZero() || perParticipant.isZero() ? ZERO : p.times(perParticipant)));
}

const longDecimal = fc.tuple(fc.nat(99), fc.stringMatching(/^\d{0,12}$/)).map(([whole, fraction]) => (fraction ? `${whole}.${fraction}` : String(whole)));
const dropOff = fc.oneof(decimalString(0, 1), fc.stringMatching(/^0\.\d{1,12}$/), fc.constantFrom('0', '1', '0.5', '0.00'));

function modelWith(sizes: string[], years: number): Model {
  return {
    format: 'gevinstkart-model', version: 2, title: '', description: '', currency: 'NOK', startYear: 2030, years,
    discountRate: '0.04', planYears: 4, optimismBias: { costs: '0', benefits: '0' }, procurement: { threshold: '0', contractYears: 1 },
    sectors: [{ id: 's', name: 's', level: 'municipal' }], costs: [], cohorts: [{ id: 'k', label: '', sizes }], benefits: [], transfers: [],
  };
}

describe('the profile of a cohort-driven gain of limited duration', () => {
  it('equals the term-by-term Decimal sum, value for value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.oneof(decimalString(0, 500), longDecimal, fc.constant('0')), { maxLength: 42 }),
        fc.record({ dropOff, lag: fc.nat(6), duration: fc.integer({ min: 1, max: 45 }), effect: decimalString(0, 1), unitValue: decimalString(-50_000, 500_000) }),
        (years, sizes, shape) => {
          const line: CohortBenefit = {
            id: 'g', label: '', sector: 's', type: 'cashable', deadweight: '0', attribution: '0', displacement: '0', cohort: 'k', ...shape,
          };
          const expected = termByTerm(sizes, years, line).map(String);
          expect(cohortGross(modelWith(sizes, years), line).map(String)).toEqual(expected);
          // Through a shared cache too, as a calculation reaches it.
          const cache: ProfileCache = new Map();
          expect(cohortGross(modelWith(sizes, years), line, cache).map(String)).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });

  it.each([
    ['sizes with cents and a two-decimal drop-off (the exact path)', ['123.45', '0', '77.1'], '0.15', 6],
    ['a drop-off of twelve decimals over a long duration (past 34 digits)', ['12.5', '3', '400'], '0.123456789012', 30],
    ['no drop-off', ['1', '2', '3'], '0.00', 10],
    ['everything lost after the first year', ['5', '6'], '1', 4],
  ])('%s', (_, sizes, drop, duration) => {
    const line: CohortBenefit = {
      id: 'g', label: '', sector: 's', type: 'cashable', deadweight: '0', attribution: '0', displacement: '0',
      cohort: 'k', effect: '0.5', unitValue: '1000', lag: 1, duration, dropOff: drop,
    };
    const years = 35;
    expect(cohortGross(modelWith(sizes, years), line).map(String)).toEqual(termByTerm(sizes, years, line).map(String));
  });
});
