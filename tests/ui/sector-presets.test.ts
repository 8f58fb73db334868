import { describe, expect, it } from 'vitest';
import { LEVELS } from '../../src/engine/model';
import { SECTOR_PRESETS, findPreset, presetName, presetsByLevel } from '../../src/ui/sector-presets';

describe('sector presets', () => {
  it('have unique ids and a name in both languages', () => {
    expect(new Set(SECTOR_PRESETS.map((p) => p.id)).size).toBe(SECTOR_PRESETS.length);
    for (const p of SECTOR_PRESETS) {
      expect(presetName(p, 'nb').trim()).not.toBe('');
      expect(presetName(p, 'en').trim()).not.toBe('');
    }
  });

  // The budget holders the issue asks for, by level (matched on the Norwegian name).
  it.each([
    ['municipal', /grunnskole/i], ['municipal', /barnehage/i], ['municipal', /barnevern/i], ['municipal', /helse og omsorg/i],
    ['municipal', /skolehelsetjeneste/i], ['municipal', /sosialtjenesten i NAV/i],
    ['county', /videregående/i], ['county', /tannhelse/i],
    ['state', /NAV folketrygd/i], ['state', /NAV.*tiltak/i], ['state', /spesialisthelse/i], ['state', /Bufetat/i],
    ['state', /politi/i], ['state', /kriminalomsorg/i],
    ['household', /deltakere og familier/i], ['private', /arbeidsgivere/i], ['voluntary', /frivillig/i],
  ] as const)('has a %s preset matching %s', (level, name) => {
    expect(SECTOR_PRESETS.some((p) => p.level === level && name.test(p.nb))).toBe(true);
  });

  it('group by level in spec order, each preset exactly once', () => {
    const groups = presetsByLevel();
    const order = groups.map((g) => LEVELS.indexOf(g.level));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(groups.flatMap((g) => g.presets.map((p) => p.id)).sort()).toEqual(SECTOR_PRESETS.map((p) => p.id).sort());
    for (const g of groups) expect(g.presets.every((p) => p.level === g.level)).toBe(true);
  });

  it('can be found by id', () => {
    expect(findPreset('fk-vgs')?.en).toBe('Upper-secondary education');
    expect(findPreset('nope')).toBeUndefined();
  });
});
