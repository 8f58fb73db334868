// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  OWN_LIBRARY_VERSION, createOwnLibraryStorage, createOwnLibraryStore, readOwnLibraryText, useOwnLibraryNotice,
} from '../../src/store/own-library';
import {
  OWN_VALUES_FORMAT, addValue, editValue, mergeValues, ownValuesFileText, parseOwnValuesFile, removeValue,
  type OwnValue, type OwnValueInput,
} from '../../src/store/own-library-file';
import { PRICE_UNITS } from '../../src/engine/model';
import { backupKey, corruptPrefix } from '../../src/store/safe-storage';

const KEY = 'test-own-values';
const NOW = new Date('2026-03-04T05:06:07.000Z');

const input = (overrides: Partial<OwnValueInput> = {}): OwnValueInput => ({
  label: 'Plass i avlastningsbolig', value: '4200', unit: 'per day', priceYear: 2024,
  bearer: 'kom-omsorg', source: 'Regnskap Eksempel kommune 2024', confidence: 'primary', ...overrides,
});
const aValue = (overrides: Partial<OwnValue> = {}): OwnValue => ({ ...input(), id: 'own-1', updatedAt: NOW.toISOString(), ...overrides });

/** A store as the app builds it, over jsdom's localStorage under a test key. */
const fresh = () => createOwnLibraryStore({ name: KEY, storage: createOwnLibraryStorage(() => localStorage, () => NOW) });
const saved = (state: unknown, version = OWN_LIBRARY_VERSION) => JSON.stringify({ state, version });
const asideKeys = () => Object.keys(localStorage).filter((k) => k.startsWith(corruptPrefix(KEY)));

beforeEach(() => {
  localStorage.clear();
  useOwnLibraryNotice.setState({ notice: null, aside: undefined });
});

describe('own values survive a reload', () => {
  it('a value added, edited and kept is there in the next session; a deleted one is not', () => {
    const first = fresh();
    const kept = first.getState().add(input());
    const gone = first.getState().add(input({ label: 'Slettes' }));
    first.getState().edit(kept, input({ value: '4300' }));
    first.getState().remove(gone);

    const next = fresh();
    expect(next.getState().values).toHaveLength(1);
    expect(next.getState().values[0]).toMatchObject({ id: kept, ...input({ value: '4300' }) });
  });

  it('a clean save is copied to the backup key', () => {
    localStorage.setItem(KEY, saved({ values: [aValue()] }));
    fresh();
    expect(localStorage.getItem(backupKey(KEY))).toBe(localStorage.getItem(KEY));
  });
});

describe('unreadable saves are kept aside, never overwritten', () => {
  it.each([
    ['broken JSON', '{"state": {"values": ['],
    ['an unknown (newer) version', saved({ values: [aValue()] }, 99)],
    ['no values list', saved({ list: [] })],
  ])('%s: copied aside, reported, and the next save does not destroy it', (_why, text) => {
    localStorage.setItem(KEY, text);
    const store = fresh();
    expect(store.getState().values).toEqual([]);
    expect(asideKeys().map((k) => localStorage.getItem(k))).toEqual([text]);
    expect(useOwnLibraryNotice.getState().notice).toBe('corrupt');
    store.getState().add(input());
    expect(asideKeys().map((k) => localStorage.getItem(k))).toEqual([text]);
  });

  it('falls back to the backup when the save is unreadable', () => {
    localStorage.setItem(backupKey(KEY), saved({ values: [aValue({ label: 'Fra kopien' })] }));
    localStorage.setItem(KEY, 'not json');
    expect(fresh().getState().values.map((v) => v.label)).toEqual(['Fra kopien']);
    expect(useOwnLibraryNotice.getState().notice).toBe('restoredBackup');
  });

  it('keeps the good values when some are broken, and keeps the original aside', () => {
    const text = saved({ values: [aValue(), { ...aValue({ id: 'own-2' }), value: 'mye' }, aValue({ id: 'own-3', priceYear: 1700 })] });
    localStorage.setItem(KEY, text);
    expect(fresh().getState().values.map((v) => v.id)).toEqual(['own-1']);
    expect(useOwnLibraryNotice.getState()).toMatchObject({ notice: 'partial', aside: asideKeys()[0] });
    expect(localStorage.getItem(asideKeys()[0]!)).toBe(text);
  });

  it('reads the current version back exactly', () => {
    const state = { values: [aValue(), aValue({ id: 'own-2', bearer: '', unit: 'per case' })] };
    expect(readOwnLibraryText(saved(state))).toEqual({ state, dropped: 0 });
  });
});

describe('the shared file', () => {
  it('export then import gives back the same values (round trip)', () => {
    const values = [aValue(), aValue({ id: 'own-2', label: 'Æøå «sitat»', value: '-12.5', bearer: 'society', confidence: 'secondary' })];
    expect(parseOwnValuesFile(ownValuesFileText(values))).toEqual({ ok: true, values });
  });

  it('round-trips any valid list (property)', () => {
    const value = fc.record({
      id: fc.string({ minLength: 1, maxLength: 20 }),
      label: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s !== ''),
      value: fc.integer({ min: -1e9, max: 1e9 }).map(String),
      unit: fc.constantFrom(...PRICE_UNITS),
      priceYear: fc.integer({ min: 1900, max: 2200 }),
      bearer: fc.constantFrom('', 'society', 'stat-nav-ytelser', 'kom-barnevern'),
      source: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s !== ''),
      confidence: fc.constantFrom('primary' as const, 'secondary' as const),
      updatedAt: fc.constant(NOW.toISOString()),
    });
    fc.assert(
      fc.property(fc.uniqueArray(value, { selector: (v) => v.id, maxLength: 8 }), (values) => {
        expect(parseOwnValuesFile(ownValuesFileText(values))).toEqual({ ok: true, values });
      }),
    );
  });

  it('an exported store imported into an empty one holds the same values', () => {
    const a = fresh();
    a.getState().add(input());
    a.getState().add(input({ label: 'To', unit: 'per month' }));
    localStorage.clear();
    const b = createOwnLibraryStore({ name: 'other', storage: createOwnLibraryStorage(() => localStorage) });
    const reading = parseOwnValuesFile(ownValuesFileText(a.getState().values));
    if (!reading.ok) throw new Error('refused');
    expect(b.getState().importValues(reading.values)).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(b.getState().values).toEqual(a.getState().values);
  });

  const file = (values: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ format: OWN_VALUES_FORMAT, version: 1, values, ...extra });

  it.each([
    ['not JSON', '{', [{ code: 'notJson' }]],
    ['another file', JSON.stringify({ format: 'gevinstkart-model', version: 2 }), [{ code: 'notOurFile' }]],
    ['a newer version', file([], { version: 3 }), [{ code: 'newerVersion', params: { version: '3' } }]],
    ['a version that is no number', file([], { version: 'x' }), [{ code: 'unknownVersion', params: { version: 'x' } }]],
    ['no list', file('nope'), [{ code: 'noValues' }]],
    ['a bad amount', file([{ ...aValue(), value: '1e9' }]), [{ code: 'badField', params: { entry: 1, field: 'value' } }]],
    ['an unknown bearer and a year out of range', file([aValue(), { ...aValue({ id: 'x' }), bearer: 'nasa', priceYear: 1800 }]), [
      { code: 'badField', params: { entry: 2, field: 'priceYear' } },
      { code: 'badField', params: { entry: 2, field: 'bearer' } },
    ]],
    ['an unknown field', file([{ ...aValue(), extra: 1 }]), [{ code: 'badField', params: { entry: 1, field: 'entry' } }]],
    ['a blank source', file([{ ...aValue(), source: '  ' }]), [{ code: 'badField', params: { entry: 1, field: 'source' } }]],
    ['the same id twice', file([aValue(), aValue()]), [{ code: 'duplicateId', params: { entry: 2, id: 'own-1' } }]],
  ])('refuses %s with a clear problem', (_why, text, problems) => {
    expect(parseOwnValuesFile(text)).toEqual({ ok: false, problems });
  });

  it('refuses a file over 1 MB before parsing it', () => {
    expect(parseOwnValuesFile(file([]) + ' '.repeat(1_000_001))).toEqual({ ok: false, problems: [{ code: 'tooLarge' }] });
  });
});

describe('pure edits', () => {
  it('add, edit and remove touch only their own value', () => {
    const one = addValue([], input(), NOW, 'a');
    const two = addValue(one, input({ label: 'B' }), NOW, 'b');
    expect(two.map((v) => v.id)).toEqual(['a', 'b']);
    const edited = editValue(two, 'b', input({ label: 'B2' }), NOW);
    expect(edited[0]).toBe(two[0]);
    expect(edited[1]).toMatchObject({ id: 'b', label: 'B2' });
    expect(removeValue(edited, 'a').map((v) => v.id)).toEqual(['b']);
  });

  it('import replaces values with the same id, adds the rest, and counts both', () => {
    const mine = [aValue({ id: 'a' }), aValue({ id: 'b' }), aValue({ id: 'c' })];
    const theirs = [aValue({ id: 'b', value: '9' }), aValue({ id: 'c' }), aValue({ id: 'd' })];
    const { values, summary } = mergeValues(mine, theirs);
    expect(summary).toEqual({ added: 1, updated: 1, unchanged: 1 });
    expect(values.map((v) => [v.id, v.value])).toEqual([['a', '4200'], ['b', '9'], ['c', '4200'], ['d', '4200']]);
  });
});
