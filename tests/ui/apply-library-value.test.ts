import { describe, expect, it } from 'vitest';
import { applyLibraryValue, ensurePresetSector, type LibraryPick } from '../../src/ui/apply-library-value';
import { isCohortBenefit, type UnitValueSource } from '../../src/engine/model';
import { convertSource } from '../../src/engine/price';
import { findPreset } from '../../src/ui/sector-presets';
import { aCohortBenefit, aDirectBenefit, aModel, aSector } from '../builders';

const source: UnitValueSource = {
  libraryId: 'bv-institusjon-dogn', label: 'Barnevernsinstitusjon', source: 'SSB', priceYear: 2022, value: '15562',
  unit: 'per day', unitFactor: '365', priceMethod: 'index', priceFactor: '1.123', indexFrom: '100', indexTo: '112.3', confidence: 'primary',
};
const pick = (overrides: Partial<LibraryPick> = {}): LibraryPick => ({
  unitValue: '6378785.99', source, sectorPresetId: 'stat-bufetat', assignSector: true, ...overrides,
});
const line = (m: ReturnType<typeof aModel>, id = 'gain') => m.benefits.find((b) => b.id === id);

describe('applyLibraryValue', () => {
  it('fills the unit value and records the source on the line', () => {
    const out = applyLibraryValue(aModel(), 'gain', pick(), 'nb');
    expect(line(out)).toMatchObject({ unitValue: '6378785.99', unitValueSource: source });
  });

  it('adds the bearing sector from the presets when the model lacks it, and makes it the line’s', () => {
    const before = aModel();
    const out = applyLibraryValue(before, 'gain', pick(), 'nb');
    expect(out.sectors).toHaveLength(before.sectors.length + 1);
    expect(out.sectors.at(-1)).toMatchObject({ id: 'stat-bufetat', name: 'Statlig barnevern (Bufetat)', level: 'state' });
    expect(out.sectors.at(-1)?.color).toMatch(/^#[0-9a-fA-F]{6}$/);
    expect(line(out)?.sector).toBe('stat-bufetat');
    // The English name when the user works in English.
    expect(applyLibraryValue(before, 'gain', pick(), 'en').sectors.at(-1)?.name).toBe('State child welfare (Bufetat)');
  });

  it.each([
    ['by id', aSector({ id: 'stat-bufetat', name: 'Bufetat region øst', level: 'state' })],
    ['by its Norwegian name', aSector({ id: 'buf', name: 'Statlig barnevern (Bufetat)', level: 'state' })],
  ])('uses the sector already in the model (%s) instead of adding a second', (_how, sector) => {
    const before = aModel({ sectors: [...aModel().sectors, sector] });
    const out = applyLibraryValue(before, 'gain', pick(), 'nb');
    expect(out.sectors).toEqual(before.sectors);
    expect(line(out)?.sector).toBe(sector.id);
  });

  it('leaves the sector alone when the user declines it, or when society bears the value', () => {
    for (const p of [pick({ assignSector: false }), pick({ sectorPresetId: null })]) {
      const out = applyLibraryValue(aModel(), 'gain', p, 'nb');
      expect(out.sectors).toEqual(aModel().sectors);
      expect(line(out)).toMatchObject({ sector: 'nav', unitValue: '6378785.99' });
    }
  });

  it('changes nothing for a direct line or an unknown id, and never mutates the model', () => {
    const before = aModel({ benefits: [aCohortBenefit(), aDirectBenefit()] });
    const frozen = JSON.stringify(before);
    expect(applyLibraryValue(before, 'direct', pick(), 'nb')).toBe(before);
    expect(applyLibraryValue(before, 'nope', pick(), 'nb')).toBe(before);
    applyLibraryValue(before, 'gain', pick(), 'nb');
    expect(JSON.stringify(before)).toBe(frozen);
  });

  it('a sector carrying the preset’s id counts as that preset, whatever its name', () => {
    const taken = aModel({ sectors: [...aModel().sectors, aSector({ id: 'stat-bufetat', name: 'Noe annet', level: 'municipal' })] });
    const out = ensurePresetSector(taken, findPreset('stat-bufetat')!, 'nb');
    expect(out).toEqual({ model: taken, sectorId: 'stat-bufetat' });
  });

  it('the value applied is the documented conversion of its source', () => {
    const converted = convertSource({ ...source, priceMethod: 'growth', growthRate: '0.03' }, 2027)!;
    const out = applyLibraryValue(aModel(), 'gain', pick({ ...converted }), 'nb');
    const gain = line(out);
    if (!gain || !isCohortBenefit(gain)) throw new Error('no line');
    expect(gain.unitValue).toBe(converted.unitValue);
    expect(gain.unitValueSource?.priceFactor).toBe('1.1592740743');
  });
});
