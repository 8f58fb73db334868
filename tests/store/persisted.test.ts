import { describe, expect, it } from 'vitest';
import { aModel } from '../builders';
import { STORE_VERSION, StoreMigrationError, checkStoredState, migrateStoreState } from '../../src/store/persisted';

const entry = (id: string, model: unknown = aModel({ title: id })) => ({ id, name: id, updatedAt: '2026-01-01T00:00:00.000Z', model });

describe('migrateStoreState', () => {
  it('turns a version-1 single-model state into a one-model library', () => {
    const migrated = migrateStoreState({ model: aModel({ title: 'Gammel' }) }, 1);
    const checked = checkStoredState(migrated);
    expect(checked?.state.library).toHaveLength(1);
    expect(checked?.state.library[0]!.name).toBe('Gammel');
    expect(checked?.state.activeId).toBe(checked?.state.library[0]!.id);
  });

  it.each([STORE_VERSION + 1, -1, 1.5, Number.NaN])('refuses store version %s instead of guessing', (version) => {
    expect(() => migrateStoreState({ library: [] }, version)).toThrow(StoreMigrationError);
  });

  it('refuses a version-1 state without a model', () => {
    expect(() => migrateStoreState({ something: 1 }, 1)).toThrow(StoreMigrationError);
  });

  it('leaves a current state to the checks', () => {
    const state = { library: [entry('a')], activeId: 'a' };
    expect(migrateStoreState(state, STORE_VERSION)).toBe(state);
  });
});

describe('checkStoredState', () => {
  it('keeps good models and counts the ones that fail the model checks', () => {
    const bad = { ...aModel(), years: 0 };
    const checked = checkStoredState({ library: [entry('a'), entry('b', bad), entry('c')], activeId: 'c' });
    expect(checked?.state.library.map((e) => e.id)).toEqual(['a', 'c']);
    expect(checked?.dropped).toBe(1);
    expect(checked?.state.activeId).toBe('c');
  });

  it('names each entry after its model title, whatever name was stored', () => {
    const checked = checkStoredState({ library: [{ ...entry('a'), name: 'stale' }], activeId: 'a' });
    expect(checked?.state.library[0]!.name).toBe('a');
  });

  it('falls back to the first model when the active id is gone', () => {
    expect(checkStoredState({ library: [entry('a'), entry('b')], activeId: 'zzz' })?.state.activeId).toBe('a');
  });

  it('drops a second entry with the same id', () => {
    const checked = checkStoredState({ library: [entry('a'), entry('a')], activeId: 'a' });
    expect(checked?.state.library).toHaveLength(1);
    expect(checked?.dropped).toBe(1);
  });

  it('fills in defaults through the same parser as opened files', () => {
    const { currency: _currency, planYears: _planYears, ...sparse } = aModel();
    const checked = checkStoredState({ library: [entry('a', sparse)], activeId: 'a' });
    expect(checked?.state.library[0]!.model).toMatchObject({ currency: 'NOK', planYears: 4 });
  });

  it.each([
    ['not an object', 42],
    ['no library', { activeId: 'a' }],
    ['an empty library', { library: [], activeId: 'a' }],
    ['only broken models', { library: [entry('a', { format: 'x' })], activeId: 'a' }],
    ['entries without ids', { library: [{ model: aModel() }], activeId: 'a' }],
  ])('has nothing usable in %s', (_label, state) => {
    expect(checkStoredState(state)).toBeNull();
  });
});
