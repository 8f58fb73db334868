/**
 * The caching calculator against a fresh calculation. Beyond sequences of unrelated
 * models, random sequences of the edits the app makes: a patch keeps every untouched
 * line, list and cohort object (as the store and the worker do), and now and then the
 * model arrives as a structured clone. After each step the kept calculator must give
 * exactly what `calculate` gives, in key order too.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate, createCalculator } from '../../src/engine/calculate';
import { isCohortBenefit, LEVELS, type BenefitLine, type Model } from '../../src/engine/model';
import { largeModel } from '../../bench/large-model';
import { arbitraryModel, moneyString, shareString } from './arbitraries';

describe('the caching calculator', { timeout: 120_000 }, () => {
  it('a calculator kept across a sequence of models gives, for each, exactly what a fresh calculation gives', () => {
    fc.assert(
      fc.property(fc.array(arbitraryModel(), { minLength: 2, maxLength: 4 }), (models) => {
        const calculator = createCalculator();
        for (const model of models) expect(calculator(model)).toEqual(calculate(model));
      }),
      { numRuns: 60 },
    );
  });

  it('after an edit to one line, every figure matches a fresh calculation, and back again', () => {
    fc.assert(
      fc.property(arbitraryModel(), fc.nat(), (model, pick) => {
        if (model.costs.length === 0) return;
        const calculator = createCalculator();
        calculator(model);
        const i = pick % model.costs.length;
        const edited = { ...model, costs: model.costs.map((c, j) => (j === i ? { ...c, amounts: ['123.45', ...c.amounts.slice(1)] } : c)) };
        expect(calculator(edited)).toEqual(calculate(edited));
        expect(calculator(model)).toEqual(calculate(model));
      }),
      { numRuns: 60 },
    );
  });
});

type Edit = { kind: (typeof KINDS)[number]; a: number; b: number; value: string; share: string };
const KINDS = [
  'costCell', 'gainCell', 'cohortField', 'cohortSize', 'transferCell', 'reorderSectors', 'sectorLevel', 'moveCost',
  'removeCost', 'addCost', 'horizon', 'discount', 'planYears', 'optimism', 'clone', 'same',
] as const;

const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom(...KINDS),
  a: fc.nat(1000),
  b: fc.nat(1000),
  value: moneyString,
  share: shareString,
});

const replaced = <T>(list: readonly T[], i: number, item: T): T[] => list.map((x, j) => (j === i ? item : x));
const cell = (values: readonly string[], y: number, value: string) => {
  const out = [...values];
  while (out.length <= y) out.push('0');
  out[y] = value;
  return out;
};

/** One edit as a patch: new objects along the path to the change, the rest kept as they are. */
function apply(m: Model, { kind, a, b, value, share }: Edit): Model {
  const y = b % m.years;
  switch (kind) {
    case 'costCell': {
      if (m.costs.length === 0) return m;
      const i = a % m.costs.length;
      return { ...m, costs: replaced(m.costs, i, { ...m.costs[i]!, amounts: cell(m.costs[i]!.amounts, y, value) }) };
    }
    case 'gainCell': {
      const i = m.benefits.findIndex((g, j) => j >= a % Math.max(1, m.benefits.length) && !isCohortBenefit(g));
      const line = m.benefits[i];
      if (!line || isCohortBenefit(line)) return m;
      return { ...m, benefits: replaced<BenefitLine>(m.benefits, i, { ...line, amounts: cell(line.amounts, y, value) }) };
    }
    case 'cohortField': {
      const i = m.benefits.findIndex(isCohortBenefit);
      const line = m.benefits[i];
      if (!line || !isCohortBenefit(line)) return m;
      const changes = [{ effect: share }, { unitValue: value }, { lag: b % 4 }, { duration: b % 3 === 0 ? null : 1 + (b % 6) }, { dropOff: share }, { deadweight: share }];
      return { ...m, benefits: replaced<BenefitLine>(m.benefits, i, { ...line, ...changes[a % changes.length]! }) };
    }
    case 'cohortSize': {
      if (m.cohorts.length === 0) return m;
      const i = a % m.cohorts.length;
      const size = share.replace(/^(\d+)/, (whole) => String(Number(whole) * 100 + (b % 100)));
      return { ...m, cohorts: replaced(m.cohorts, i, { ...m.cohorts[i]!, sizes: cell(m.cohorts[i]!.sizes, y, size) }) };
    }
    case 'transferCell': {
      if (m.transfers.length === 0) return m;
      const i = a % m.transfers.length;
      return { ...m, transfers: replaced(m.transfers, i, { ...m.transfers[i]!, amounts: cell(m.transfers[i]!.amounts, y, value) }) };
    }
    case 'reorderSectors': {
      const sectors = [...m.sectors];
      const i = a % sectors.length;
      const j = b % sectors.length;
      [sectors[i], sectors[j]] = [sectors[j]!, sectors[i]!];
      return { ...m, sectors };
    }
    case 'sectorLevel': {
      const i = a % m.sectors.length;
      return { ...m, sectors: replaced(m.sectors, i, { ...m.sectors[i]!, level: LEVELS[b % LEVELS.length]! }) };
    }
    case 'moveCost': {
      if (m.costs.length === 0) return m;
      const i = a % m.costs.length;
      return { ...m, costs: replaced(m.costs, i, { ...m.costs[i]!, sector: m.sectors[b % m.sectors.length]!.id }) };
    }
    case 'removeCost':
      return m.costs.length === 0 ? m : { ...m, costs: m.costs.filter((_, j) => j !== a % m.costs.length) };
    case 'addCost': {
      const id = `added-${m.costs.length}-${a}`;
      if (m.costs.some((c) => c.id === id)) return m;
      const line = { id, label: '', sector: m.sectors[b % m.sectors.length]!.id, kind: 'purchase' as const, amounts: cell([], y, value) };
      return { ...m, costs: [...m.costs.slice(0, a % (m.costs.length + 1)), line, ...m.costs.slice(a % (m.costs.length + 1))] };
    }
    case 'horizon':
      return { ...m, years: 1 + (a % 15) };
    case 'discount':
      return a % 2 === 0 ? { ...m, discountRate: share.slice(0, 4) } : { ...m, discountSchedule: [{ fromYear: 0, rate: '0.04' }, { fromYear: 1 + (b % 5), rate: '0.03' }] };
    case 'planYears':
      return { ...m, planYears: 1 + (a % 6) };
    case 'optimism':
      return { ...m, optimismBias: { ...m.optimismBias, [a % 2 === 0 ? 'costs' : 'benefits']: share } };
    case 'clone':
      return structuredClone(m);
    case 'same':
      return m;
  }
}

/** Equal values and the same key order: what the command line's JSON would show. */
function expectSame(kept: (m: Model) => unknown, m: Model) {
  const fresh = calculate(m);
  const result = kept(m);
  expect(result).toEqual(fresh);
  expect(JSON.stringify(result)).toBe(JSON.stringify(fresh));
}

describe('the caching calculator under edits', { timeout: 180_000 }, () => {
  it('after every edit of a random sequence, it gives exactly what a fresh calculation gives', () => {
    fc.assert(
      fc.property(arbitraryModel(), fc.array(edit, { minLength: 1, maxLength: 12 }), (model, edits) => {
        const kept = createCalculator();
        let m = model;
        expectSame(kept, m);
        for (const e of edits) {
          m = apply(m, e);
          expectSame(kept, m);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a model edited and then put back gives the first result again, value for value', () => {
    fc.assert(
      fc.property(arbitraryModel(), fc.array(edit, { minLength: 1, maxLength: 4 }), (model, edits) => {
        const kept = createCalculator();
        const first = JSON.stringify(kept(model));
        let m = model;
        for (const e of edits) kept((m = apply(m, e)));
        expect(JSON.stringify(kept(model))).toBe(first);
        expect(JSON.stringify(kept(structuredClone(model)))).toBe(first);
      }),
      { numRuns: 60 },
    );
  });

  // Shared cohort terms, long horizons, many sectors per level: what small random models rarely reach.
  it('on a mid-sized benchmark model, a run of patches and clones matches fresh calculations', () => {
    const kept = createCalculator();
    let m = largeModel({ sectors: 12, costLines: 40, gainLines: 40, cohorts: 3, transfers: 6, years: 25 });
    expectSame(kept, m);
    const rng = fc.sample(fc.array(edit, { minLength: 30, maxLength: 30 }), { numRuns: 1, seed: 42 })[0]!;
    for (const e of rng) {
      m = apply(m, e);
      expectSame(kept, m);
    }
  });

  it('a line object that stays the same while its cohort\'s sizes change is recomputed', () => {
    const model = largeModel({ sectors: 3, costLines: 2, gainLines: 6, cohorts: 1, transfers: 0, years: 8 });
    const kept = createCalculator();
    kept(model);
    const cohort = model.cohorts[0]!;
    const edited = { ...model, cohorts: [{ ...cohort, sizes: cell(cohort.sizes, 2, '999') }] };
    expect(edited.benefits.some((b) => isCohortBenefit(b))).toBe(true);
    expectSame(kept, edited);
  });

  it.each([
    ['a default optimism bias', (m: Model): Model => ({ ...m, optimismBias: { costs: '0.25', benefits: '0.1' } })],
    ['a discount schedule', (m: Model): Model => ({ ...m, discountSchedule: undefined, discountRate: '0.035' })],
    ['a shorter horizon', (m: Model): Model => ({ ...m, years: 5 })],
    ['a later start year', (m: Model): Model => ({ ...m, startYear: m.startYear + 3 })],
  ])('a change of %s with every line kept recomputes every figure', (_, change) => {
    const model = largeModel({ sectors: 6, costLines: 12, gainLines: 12, cohorts: 2, transfers: 3, years: 12 });
    const kept = createCalculator();
    kept(model);
    expectSame(kept, change(model));
  });
});
