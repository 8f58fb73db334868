import { describe, expect, it } from 'vitest';
import { uncertainInputs } from '../../../src/engine/uncertainty/inputs';
import { setInputRange, setSimulation, simulationSettings, withRangeEnd } from '../../../src/features/uncertainty/range-edits';
import { addScenario, deleteScenario, newScenarioId, removeOverride, renameScenario, setOverride } from '../../../src/features/uncertainty/scenario-edits';
import { storedRange } from '../../../src/features/uncertainty/range-row';
import { aCohortBenefit, aModel } from '../../builders';

const model = aModel({ benefits: [aCohortBenefit()] });

describe('range edits', () => {
  it.each([
    [{ kind: 'model', field: 'discountRate' } as const, (m: typeof model) => m.discountRateRange],
    [{ kind: 'cost', id: 'course', field: 'factor' } as const, (m: typeof model) => m.costs[0]!.range],
    [{ kind: 'benefit', id: 'gain', field: 'effect' } as const, (m: typeof model) => m.benefits[0]!.ranges?.effect],
  ])('sets and removes the range of %o without touching the original', (ref, read) => {
    const range = { low: '0.5', high: '0.9' };
    const set = setInputRange(model, ref, range);
    expect(read(set)).toEqual(range);
    expect(read(model)).toBeUndefined();
    expect(uncertainInputs(set).find((i) => i.ref.kind === ref.kind && ('id' in i.ref ? i.ref.field === ref.field : true))?.source).toBe('user');
    const removed = setInputRange(set, ref, null);
    expect(read(removed)).toBeUndefined();
  });

  it('leaves no empty `ranges` object behind, so an untouched line saves as before', () => {
    const ref = { kind: 'benefit', id: 'gain', field: 'lag' } as const;
    const back = setInputRange(setInputRange(model, ref, { low: '0', high: '2' }), ref, null);
    expect('ranges' in back.benefits[0]!).toBe(false);
  });

  it('changes one end of a range', () => {
    expect(withRangeEnd({ low: '1', likely: '2', high: '3' }, 'high', '5')).toEqual({ low: '1', likely: '2', high: '5' });
  });

  it('stores "likely" only when it differs from the model\'s value', () => {
    const input = uncertainInputs(model).find((i) => i.key === 'benefit:gain:effect')!;
    expect(storedRange(input, { low: '0.05', likely: '0.1', high: '0.2' })).toEqual({ low: '0.05', high: '0.2' });
    expect(storedRange(input, { low: '0.05', likely: '0.12', high: '0.2' })).toEqual({ low: '0.05', likely: '0.12', high: '0.2' });
  });

  it('fills the simulation defaults and changes one setting', () => {
    expect(simulationSettings(model)).toEqual({ seed: 1, runs: 10_000, distribution: 'pert' });
    expect(setSimulation(model, { seed: 99 }).simulation).toEqual({ seed: 99, runs: 10_000, distribution: 'pert' });
  });
});

describe('scenario edits', () => {
  it('adds, renames and deletes scenarios with unique ids; no empty list is left behind', () => {
    const id1 = newScenarioId(model);
    const one = addScenario(model, id1, 'Pilot');
    const id2 = newScenarioId(one);
    expect(id2).not.toBe(id1);
    const two = renameScenario(addScenario(one, id2, 'Full drift'), id1, 'Bare pilot');
    expect(two.scenarios!.map((s) => s.name)).toEqual(['Bare pilot', 'Full drift']);
    const none = deleteScenario(deleteScenario(two, id1), id2);
    expect('scenarios' in none).toBe(false);
  });

  it('an override of the same field replaces the earlier one; removing takes it out', () => {
    let m = addScenario(model, 's', 'S');
    m = setOverride(m, 's', { kind: 'benefit', id: 'gain', field: 'effect', value: '0.2' });
    m = setOverride(m, 's', { kind: 'cost', id: 'course', field: 'factor', value: '1.5' });
    m = setOverride(m, 's', { kind: 'benefit', id: 'gain', field: 'effect', value: '0.3' });
    expect(m.scenarios![0]!.overrides).toEqual([
      { kind: 'benefit', id: 'gain', field: 'effect', value: '0.3' },
      { kind: 'cost', id: 'course', field: 'factor', value: '1.5' },
    ]);
    expect(removeOverride(m, 's', 0).scenarios![0]!.overrides).toEqual([{ kind: 'cost', id: 'course', field: 'factor', value: '1.5' }]);
  });
});
