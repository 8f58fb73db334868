import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LEVELS } from '../../../src/engine/model';
import { parseModel } from '../../../src/engine/parse';
import { buildNewModel, type NewModelInput } from '../../../src/features/start/new-model';

const good: NewModelInput = {
  title: 'Leksehjelp', startYear: '2027', years: '5', sectorName: 'Grunnskole', level: 'municipal',
  costLabel: 'Kursledere', yearlyAmount: '250000',
};

describe('buildNewModel', () => {
  it('makes a valid model with one payer and one cost line over the whole horizon', () => {
    const outcome = buildNewModel(good);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { model } = outcome;
    expect(model).toMatchObject({ title: 'Leksehjelp', startYear: 2027, years: 5, discountRate: '0.04', planYears: 4 });
    expect(model.sectors).toEqual([{ id: 'grunnskole', name: 'Grunnskole', level: 'municipal' }]);
    expect(model.costs).toHaveLength(1);
    expect(model.costs[0]).toMatchObject({ label: 'Kursledere', sector: 'grunnskole', amounts: Array(5).fill('250000') });
  });

  it.each<[Partial<NewModelInput>, Record<string, string>]>([
    [{ title: '  ' }, { title: 'required' }],
    [{ startYear: '1899' }, { startYear: 'startYear' }],
    [{ startYear: '20x7' }, { startYear: 'startYear' }],
    [{ startYear: '2027.5' }, { startYear: 'startYear' }],
    [{ years: '0' }, { years: 'years' }],
    [{ years: '101' }, { years: 'years' }],
    [{ sectorName: '' }, { sectorName: 'required' }],
    [{ costLabel: '' }, { costLabel: 'required' }],
    [{ yearlyAmount: '' }, { yearlyAmount: 'amount' }],
    [{ title: '', years: '', yearlyAmount: '' }, { title: 'required', years: 'years', yearlyAmount: 'amount' }],
  ])('refuses %j with errors %j', (change, errors) => {
    expect(buildNewModel({ ...good, ...change })).toEqual({ ok: false, errors });
  });

  it('a name with no letters a–z still gets usable ids', () => {
    const outcome = buildNewModel({ ...good, sectorName: 'Ærø', costLabel: '—' });
    expect(outcome.ok && outcome.model.sectors[0]!.id).toBe('aero');
    expect(outcome.ok && outcome.model.costs[0]!.id).toBe('cost-1');
  });

  describe('properties', () => {
    it('any filled-in answers give a model the parser accepts unchanged', () => {
      const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '');
      fc.assert(
        fc.property(
          text, fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 100 }), text,
          fc.constantFrom(...LEVELS), text, fc.integer({ min: -1e9, max: 1e9 }),
          (title, startYear, years, sectorName, level, costLabel, amount) => {
            const outcome = buildNewModel({
              title, startYear: String(startYear), years: String(years), sectorName, level, costLabel, yearlyAmount: String(amount),
            });
            expect(outcome.ok).toBe(true);
            if (!outcome.ok) return;
            expect(outcome.model.costs[0]!.amounts).toHaveLength(years);
            const again = parseModel(outcome.model);
            expect(again.ok && again.model).toEqual(outcome.model);
          },
        ),
        { numRuns: 60 },
      );
    });
  });
});
