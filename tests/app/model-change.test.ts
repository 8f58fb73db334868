import { describe, expect, it } from 'vitest';
import { changedPart, type ModelPart } from '../../src/app/model-change';
import type { Model } from '../../src/engine/model';
import { exampleCase } from '../charts/examples';

const base = exampleCase('youth').model;

describe('changedPart', () => {
  it.each<[string, (m: Model) => Model, ModelPart | null]>([
    ['nothing', (m) => m, null],
    ['a copy with the same content', (m) => structuredClone(m), null],
    ['a cost amount', (m) => ({ ...m, costs: m.costs.map((c, i) => (i === 0 ? { ...c, amounts: ['1', ...c.amounts.slice(1)] } : c)) }), 'costs'],
    ['a gain line', (m) => ({ ...m, benefits: m.benefits.slice(1) }), 'gains'],
    ['a cohort', (m) => ({ ...m, cohorts: [] }), 'gains'],
    ['a sector name', (m) => ({ ...m, sectors: m.sectors.map((s, i) => (i === 0 ? { ...s, name: 'X' } : s)) }), 'sectors'],
    ['a transfer', (m) => ({ ...m, transfers: [] }), 'transfers'],
    ['the discount rate', (m) => ({ ...m, discountRate: '0.05' }), 'measure'],
    ['the title', (m) => ({ ...m, title: 'Ny' }), 'measure'],
    ['the title and the costs', (m) => ({ ...m, title: 'Ny', costs: [] }), 'several'],
    ['costs and gains', (m) => ({ ...m, costs: [], benefits: [] }), 'several'],
  ])('%s → %s', (_what, change, expected) => {
    expect(changedPart(base, change(base))).toBe(expected);
    // Undo and redo see the same change from either side.
    expect(changedPart(change(base), base)).toBe(expected);
  });
});
