import { describe, expect, it } from 'vitest';
import shared from '../../../shared/presets/unit-values.json';
import {
  BUILTIN_ENTRIES, NO_FILTER, SOCIETY, bearerLevel, bearersIn, filterEntries, levelsIn, matchesQuery, ownEntries, toPriceUnit,
} from '../../src/ui/unit-value-entries';
import { findPreset } from '../../src/ui/sector-presets';

const ids = (entries: { id: string }[]) => entries.map((e) => e.id);

describe('built-in values', () => {
  it('are the shared presets, every one with a known bearer, a source and a price year', () => {
    expect(ids([...BUILTIN_ENTRIES])).toEqual(shared.values.map((v) => v.id));
    for (const e of BUILTIN_ENTRIES) {
      expect(e.bearer === SOCIETY || findPreset(e.bearer) !== undefined).toBe(true);
      expect(e.source.trim()).not.toBe('');
      expect(e.priceYear).toBeGreaterThanOrEqual(1900);
      expect(e.value).toMatch(/^\d+(\.\d+)?$/);
    }
  });

  it('keep the published wording of a unit the model format does not have', () => {
    const lifetime = BUILTIN_ENTRIES.find((e) => e.id === 'ung-utenfor-livslop');
    expect(lifetime).toMatchObject({ unit: 'per case', publishedUnit: 'per person, lifetime' });
    expect(BUILTIN_ENTRIES.find((e) => e.id === 'bv-institusjon-dogn')).not.toHaveProperty('publishedUnit');
  });
});

describe('units as published', () => {
  it.each([
    ['per day', 'per day'],
    ['per month', 'per month'],
    ['per year (42 years)', 'per year'],
    ['per person, lifetime', 'per case'],
    ['per case', 'per case'],
    ['per week', 'per week'],
  ] as const)('%s counts as %s', (text, unit) => {
    expect(toPriceUnit(text)).toBe(unit);
  });
});

describe('search and filters', () => {
  it.each([
    ['barnevern', ['bv-institusjon-dogn', 'bv-egenandel-institusjon', 'bv-egenandel-fosterhjem', 'bv-egenandel-mst', 'bv-omsorgstiltak']],
    ['DØGN institusjon', ['bv-institusjon-dogn']],
    ['disability', ['nav-ufore-ung']],
    ['2009', ['sosialhjelp-mnd']],
    ['Bufetat', ['bv-institusjon-dogn']],
    ['rambøll', ['bv-omsorgstiltak', 'spes-ungdomspsyk-dogn']],
    ['finnes ikke', []],
  ])('"%s" finds %j', (query, expected) => {
    expect(ids(filterEntries(BUILTIN_ENTRIES, { ...NO_FILTER, query }))).toEqual(expected);
  });

  it('filters by the bearing sector and by level, and combines them with the search', () => {
    expect(ids(filterEntries(BUILTIN_ENTRIES, { ...NO_FILTER, bearer: 'stat-nav-ytelser' }))).toEqual(['nav-ufore-ung', 'nav-aap-18-24']);
    const state = filterEntries(BUILTIN_ENTRIES, { ...NO_FILTER, level: 'state' });
    expect(state.length).toBeGreaterThan(0);
    for (const e of state) expect(bearerLevel(e.bearer)).toBe('state');
    expect(ids(filterEntries(BUILTIN_ENTRIES, { query: 'barnevern', bearer: '', level: 'state' }))).toEqual(['bv-institusjon-dogn']);
    expect(filterEntries(BUILTIN_ENTRIES, { ...NO_FILTER, level: 'county' })).toEqual([]);
  });

  it('an empty search matches everything', () => {
    for (const e of BUILTIN_ENTRIES) expect(matchesQuery(e, '   ')).toBe(true);
  });

  it('offers only bearers and levels that occur, municipal first, society last', () => {
    const bearers = bearersIn(BUILTIN_ENTRIES);
    expect(new Set(bearers)).toEqual(new Set(BUILTIN_ENTRIES.map((e) => e.bearer)));
    expect(bearerLevel(bearers[0]!)).toBe('municipal');
    expect(bearers.at(-1)).toBe(SOCIETY);
    expect(levelsIn(BUILTIN_ENTRIES)).toEqual(['municipal', 'state']);
  });

  it('own values are found like built-in ones, under their one name', () => {
    const own = ownEntries([{ id: 'o1', label: 'Avlastning døgn', value: '4200', unit: 'per day', priceYear: 2024, bearer: 'kom-omsorg', source: 'Eget regnskap', confidence: 'primary', updatedAt: '2026-01-01T00:00:00.000Z' }]);
    expect(own[0]).toMatchObject({ origin: 'own', names: { nb: 'Avlastning døgn', en: 'Avlastning døgn' } });
    expect(ids(filterEntries([...own, ...BUILTIN_ENTRIES], { query: 'eget regnskap', bearer: '', level: 'municipal' }))).toEqual(['o1']);
  });
});
