import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isCohortBenefit, type Model } from '../../../src/engine/model';
import { parseModel } from '../../../src/engine/parse';
import { gainProfile } from '../../../src/engine/calculate';
import { Dec, sum } from '../../../src/engine/decimal';
import {
  addCohortGain, addDirectGain, deleteGain, duplicateGain, grossProfile, setGainAmounts, setGainOptimismBias,
  toCohortDriven, toDirect, updateCohortGain, updateGain,
} from '../../../src/features/gains/gain-edits';
import { addCohort, deleteCohort, renameCohort, setCohortSizes } from '../../../src/features/gains/cohort-edits';
import { aCohortBenefit, aDirectBenefit, aModel, aSector } from '../../builders';

/** A cohort-driven line with every adjustment in play and a direct line with its own (zero) optimism bias. */
const base = (over: Partial<Model> = {}): Model =>
  aModel({
    years: 6,
    optimismBias: { costs: '0', benefits: '0.1' },
    sectors: [aSector({ id: 'cw', name: 'Child welfare' }), aSector({ id: 'nav', name: 'NAV', level: 'state' })],
    costs: [],
    cohorts: [{ id: 'pupils', label: 'Pupils', sizes: ['300', '300', '300'] }],
    benefits: [
      aCohortBenefit({
        id: 'cw', label: 'Fewer placements', sector: 'cw', effect: '0.01', unitValue: '250000',
        duration: 3, dropOff: '0.05', deadweight: '0.3', attribution: '0.2',
      }),
      aDirectBenefit({ id: 'early', label: 'Early referrals', amounts: ['-40000', '-40000'], optimismBias: '0' }),
    ],
    ...over,
  });

/** Yearly figures equal to the cent: rounding G before the adjustments moves B by at most 0.01. */
const expectWithinACent = (a: string[], b: string[]) => {
  expect(b).toHaveLength(a.length);
  a.forEach((v, t) => expect(new Dec(v).minus(b[t]!).abs().lessThanOrEqualTo('0.01'), `year ${t}: ${v} vs ${b[t]}`).toBe(true));
};

describe('adding gain lines', () => {
  it('a cohort-driven line made in a model without cohorts brings its own cohort along', () => {
    const m = addCohortGain(base({ cohorts: [], benefits: [] }), { label: 'G', cohortLabel: 'Participants' });
    expect(m.cohorts).toHaveLength(1);
    const line = m.benefits[0]!;
    expect(isCohortBenefit(line) && line.cohort).toBe(m.cohorts[0]!.id);
    expect(parseModel(m).ok).toBe(true);
  });

  it('a new direct line has a zero for every year and no adjustments', () => {
    const m = addDirectGain(base(), { label: 'D' });
    expect(m.benefits[2]).toMatchObject({ label: 'D', sector: 'cw', amounts: ['0', '0', '0', '0', '0', '0'], deadweight: '0' });
  });

  it('duplicating gives the copy a fresh id right below the original', () => {
    const m = duplicateGain(base(), 'cw', 'copy');
    expect(m.benefits.map((b) => b.label)).toEqual(['Fewer placements', 'copy', 'Early referrals']);
    expect(new Set(m.benefits.map((b) => b.id)).size).toBe(3);
  });
});

describe('switching between direct and cohort-driven', () => {
  it('to direct keeps the adjusted profile (to the cent) and the adjustments', () => {
    const before = base();
    const after = toDirect(before, 'cw');
    const line = after.benefits[0]!;
    expect(isCohortBenefit(line)).toBe(false);
    expect(line).toMatchObject({ deadweight: '0.3', attribution: '0.2' });
    expectWithinACent(gainProfile(before, 'cw'), gainProfile(after, 'cw'));
    expect(parseModel(after).ok).toBe(true);
  });

  it('to cohort-driven keeps the total gross gain over the horizon', () => {
    const m = base({ cohorts: [{ id: 'pupils', label: 'P', sizes: ['3', '0', '1'] }] });
    const after = toCohortDriven(m, 'early', { cohortLabel: 'x' });
    const line = after.benefits[1]!;
    expect(isCohortBenefit(line)).toBe(true);
    expect(sum(grossProfile(after, 'early').map((v) => new Dec(v))).toNumber()).toBe(-80000);
    expect(parseModel(after).ok).toBe(true);
  });

  it('a cohort without participants gives a zero unit value, not a division by zero', () => {
    const m = base({ cohorts: [{ id: 'pupils', label: 'P', sizes: [] }] });
    const line = toCohortDriven(m, 'early', { cohortLabel: 'x' }).benefits[1]!;
    expect(isCohortBenefit(line) && line.unitValue).toBe('0');
  });

  it('switching there and back is harmless: each direction on the wrong kind changes nothing', () => {
    const m = base();
    expect(toDirect(m, 'early')).toBe(m);
    expect(toCohortDriven(m, 'cw', { cohortLabel: 'x' })).toBe(m);
  });
});

describe('cohorts and the lines that use them', () => {
  it('deleting a cohort in use is refused and names the lines that use it', () => {
    const m = base();
    const outcome = deleteCohort(m, 'pupils');
    expect(outcome).toEqual({ ok: false, usedBy: [{ id: 'cw', label: 'Fewer placements' }] });
  });

  it('deleting it with its lines removes both, leaving no dangling reference', () => {
    const outcome = deleteCohort(base(), 'pupils', { withLines: true });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.model.cohorts).toHaveLength(0);
    expect(outcome.model.benefits.map((b) => b.id)).toEqual(['early']);
  });

  it('a line cannot be pointed at a cohort that does not exist', () => {
    const m = base();
    expect(updateCohortGain(m, 'cw', { cohort: 'ghost' })).toBe(m);
  });
});

const decimal = fc.integer({ min: -10_000_000, max: 10_000_000 }).map(String);
const size = fc.integer({ min: 0, max: 5000 }).map(String);
const rate = fc.integer({ min: 0, max: 100 }).map((n) => (n / 100).toString());

type Edit = (m: Model) => Model;
const gainAt = (m: Model, i: number) => m.benefits[i % Math.max(1, m.benefits.length)]?.id ?? 'none';
const cohortAt = (m: Model, i: number) => m.cohorts[i % Math.max(1, m.cohorts.length)]?.id ?? 'none';

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.string({ maxLength: 10 }).map((label): Edit => (m) => addDirectGain(m, { label })),
  fc.string({ maxLength: 10 }).map((label): Edit => (m) => addCohortGain(m, { label, cohortLabel: 'c' })),
  fc.string({ maxLength: 10 }).map((label): Edit => (m) => addCohort(m, { label })),
  fc.tuple(fc.nat(), fc.boolean()).map(([i, withLines]): Edit => (m) => {
    const outcome = deleteCohort(m, cohortAt(m, i), { withLines });
    return outcome.ok ? outcome.model : m;
  }),
  fc.tuple(fc.nat(), fc.string({ maxLength: 10 })).map(([i, l]): Edit => (m) => renameCohort(m, cohortAt(m, i), l)),
  fc.tuple(fc.nat(), fc.array(size, { maxLength: 8 })).map(([i, xs]): Edit => (m) => setCohortSizes(m, cohortAt(m, i), xs)),
  fc.nat().map((i): Edit => (m) => deleteGain(m, gainAt(m, i))),
  fc.nat().map((i): Edit => (m) => duplicateGain(m, gainAt(m, i), 'copy')),
  fc.nat().map((i): Edit => (m) => toDirect(m, gainAt(m, i))),
  fc.tuple(fc.nat(), fc.nat()).map(([i, k]): Edit => (m) => toCohortDriven(m, gainAt(m, i), { cohortId: cohortAt(m, k), cohortLabel: 'c' })),
  fc.tuple(fc.nat(), fc.constantFrom('cw', 'nav'), fc.constantFrom('cashable', 'capacity', 'economic', 'social' as const), rate, rate, rate).map(
    ([i, sector, type, deadweight, attribution, displacement]): Edit => (m) =>
      updateGain(m, gainAt(m, i), { sector, type, deadweight, attribution, displacement }),
  ),
  fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 300 }), decimal, fc.nat({ max: 10 }), fc.option(fc.integer({ min: 1, max: 10 }), { nil: null }), rate).map(
    ([i, k, effect, unitValue, lag, duration, dropOff]): Edit => (m) =>
      updateCohortGain(m, gainAt(m, i), { cohort: cohortAt(m, k), effect: (effect / 100).toString(), unitValue, lag, duration, dropOff }),
  ),
  fc.tuple(fc.nat(), fc.array(decimal, { maxLength: 8 })).map(([i, xs]): Edit => (m) => setGainAmounts(m, gainAt(m, i), xs)),
  fc.tuple(fc.nat(), fc.option(rate, { nil: undefined })).map(([i, v]): Edit => (m) => setGainOptimismBias(m, gainAt(m, i), v)),
);

describe('properties', () => {
  it('every sequence of edits leaves a model that parseModel accepts and no line names a missing cohort', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 14 }), (edits) => {
        let m = base();
        for (const e of edits) {
          m = e(m);
          const outcome = parseModel(m);
          expect(outcome.ok, JSON.stringify(outcome.ok ? null : outcome.problems)).toBe(true);
          const cohorts = new Set(m.cohorts.map((c) => c.id));
          for (const b of m.benefits) if (isCohortBenefit(b)) expect(cohorts.has(b.cohort)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('switching a line to direct never changes its adjusted yearly gain by more than a cent', () => {
    fc.assert(
      fc.property(
        fc.array(size, { maxLength: 6 }), fc.integer({ min: 0, max: 200 }), decimal, fc.nat({ max: 6 }),
        fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }), rate, rate,
        (sizes, effect, unitValue, lag, duration, dropOff, deadweight) => {
          const m = updateGain(
            updateCohortGain(setCohortSizes(base(), 'pupils', sizes), 'cw', { effect: (effect / 100).toString(), unitValue, lag, duration, dropOff }),
            'cw', { deadweight },
          );
          expectWithinACent(gainProfile(m, 'cw'), gainProfile(toDirect(m, 'cw'), 'cw'));
        },
      ),
      { numRuns: 100 },
    );
  });
});
