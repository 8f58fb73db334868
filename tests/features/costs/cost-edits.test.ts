import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Model } from '../../../src/engine/model';
import { parseModel } from '../../../src/engine/parse';
import {
  addCostLine, deleteCostLine, duplicateCostLine, setCostAmounts, setCostOptimismBias, updateCostLine,
} from '../../../src/features/costs/cost-edits';

const base = (over: Partial<Model> = {}): Model => ({
  format: 'gevinstkart-model', version: 2, title: 't', description: '', currency: 'NOK',
  startYear: 2027, years: 4, discountRate: '0.04', planYears: 4,
  optimismBias: { costs: '0', benefits: '0' }, procurement: { threshold: '100000', contractYears: 4 },
  sectors: [{ id: 'school', name: 'School', level: 'municipal' }, { id: 'nav', name: 'NAV', level: 'state' }],
  costs: [{ id: 'course', label: 'Course', sector: 'school', kind: 'purchase', amounts: ['100', '200'] }],
  cohorts: [], benefits: [], transfers: [],
  ...over,
});

describe('cost line edits', () => {
  it('a new line gets a fresh id, the first sector and a zero for every year', () => {
    const m = addCostLine(addCostLine(base(), { label: 'A' }), { label: 'B' });
    const ids = m.costs.map((c) => c.id);
    expect(new Set(ids).size).toBe(3);
    const added = m.costs[2]!;
    expect(added).toMatchObject({ label: 'B', sector: 'school', kind: 'internal', amounts: ['0', '0', '0', '0'] });
  });

  it('a wanted id that is already taken is replaced, never reused', () => {
    const m = addCostLine(base(), { id: 'course', label: 'X' });
    expect(m.costs[1]!.id).not.toBe('course');
  });

  it('duplicating puts a copy with its own id right below the original, sharing no array', () => {
    const start = addCostLine(base(), { label: 'Last' });
    const m = duplicateCostLine(start, 'course', 'Course (copy)');
    expect(m.costs.map((c) => c.label)).toEqual(['Course', 'Course (copy)', 'Last']);
    expect(m.costs[1]!.id).not.toBe('course');
    expect(m.costs[1]!.amounts).toEqual(['100', '200']);
    expect(m.costs[1]!.amounts).not.toBe(m.costs[0]!.amounts);
  });

  it('edits never mutate the model they are given', () => {
    const before = base();
    const frozen = JSON.stringify(before);
    deleteCostLine(before, 'course');
    updateCostLine(before, 'course', { label: 'Y', kind: 'internal' });
    setCostAmounts(before, 'course', ['1', '2', '3', '4']);
    setCostOptimismBias(before, 'course', '0.2');
    expect(JSON.stringify(before)).toBe(frozen);
  });

  it('a payer that is not a sector of the model is ignored', () => {
    const before = base();
    expect(updateCostLine(before, 'course', { sector: 'nowhere' })).toBe(before);
    expect(updateCostLine(before, 'course', { sector: 'nav' }).costs[0]!.sector).toBe('nav');
  });

  it('amounts beyond the horizon survive an edit of the visible years', () => {
    const m = base({ costs: [{ id: 'c', label: '', sector: 'school', kind: 'internal', amounts: ['1', '2', '3', '4', '5', '6'] }] });
    expect(setCostAmounts(m, 'c', ['9', '9', '9', '9']).costs[0]!.amounts).toEqual(['9', '9', '9', '9', '5', '6']);
  });

  it('clearing the own optimism bias removes the key, so the model default applies', () => {
    const withBias = setCostOptimismBias(base(), 'course', '0.25');
    expect(withBias.costs[0]!.optimismBias).toBe('0.25');
    const cleared = setCostOptimismBias(withBias, 'course', undefined);
    expect('optimismBias' in cleared.costs[0]!).toBe(false);
  });
});

const decimal = fc.oneof(
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 1, max: 99 })).map(([i, d]) => `${i}.${String(d).padStart(2, '0')}`),
);
const nonNegRate = fc.integer({ min: 0, max: 300 }).map((n) => (n / 100).toString());

type Edit = (m: Model) => Model;
const pick = (m: Model, i: number) => m.costs[i % Math.max(1, m.costs.length)]?.id ?? 'none';
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.string({ maxLength: 20 }).map((label): Edit => (m) => addCostLine(m, { label })),
  fc.nat().map((i): Edit => (m) => deleteCostLine(m, pick(m, i))),
  fc.tuple(fc.nat(), fc.string({ maxLength: 20 })).map(([i, label]): Edit => (m) => duplicateCostLine(m, pick(m, i), label)),
  fc.tuple(fc.nat(), fc.constantFrom('school', 'nav'), fc.constantFrom('purchase', 'internal' as const)).map(
    ([i, sector, kind]): Edit => (m) => updateCostLine(m, pick(m, i), { sector, kind }),
  ),
  fc.tuple(fc.nat(), fc.array(decimal, { maxLength: 6 })).map(([i, xs]): Edit => (m) => setCostAmounts(m, pick(m, i), xs)),
  fc.tuple(fc.nat(), fc.option(nonNegRate, { nil: undefined })).map(([i, v]): Edit => (m) => setCostOptimismBias(m, pick(m, i), v)),
);

describe('properties', () => {
  it('every sequence of edits leaves a model that parseModel accepts, with unique ids', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        let m = base();
        for (const e of edits) {
          m = e(m);
          const outcome = parseModel(m);
          expect(outcome.ok, JSON.stringify(outcome.ok ? null : outcome.problems)).toBe(true);
          expect(new Set(m.costs.map((c) => c.id)).size).toBe(m.costs.length);
        }
      }),
      { numRuns: 150 },
    );
  });
});
