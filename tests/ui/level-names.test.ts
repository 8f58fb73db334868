import { describe, expect, it } from 'vitest';
import { LEVELS } from '../../src/engine/model';
import { LANGS } from '../../src/i18n/catalog';
import { levelName, levelOptions, levelTitle, toLevel } from '../../src/ui/level-names';

describe('level names', () => {
  it.each([
    ['municipal', 'kommune', 'municipal'],
    ['county', 'fylkeskommune', 'county'],
    ['state', 'stat', 'state'],
    ['private', 'privat', 'private'],
    ['voluntary', 'frivillig', 'voluntary'],
    ['household', 'husholdning', 'household'],
  ] as const)('%s is "%s" / "%s"', (level, nb, en) => {
    expect(levelName(level, 'nb')).toBe(nb);
    expect(levelName(level, 'en')).toBe(en);
  });

  it.each(LANGS)('gives distinct names for every level in %s', (lang) => {
    expect(new Set(LEVELS.map((l) => levelName(l, lang))).size).toBe(LEVELS.length);
  });

  it('capitalises titles and lists options in spec order', () => {
    expect(levelTitle('county', 'nb')).toBe('Fylkeskommune');
    expect(levelOptions('en').map((o) => o.level)).toEqual([...LEVELS]);
    expect(levelOptions('en')[0]!.name).toBe('Municipal');
  });

  it.each([['county', 'county'], ['kommune', undefined], ['', undefined]])('reads "%s" as %s', (text, level) => {
    expect(toLevel(text)).toBe(level);
  });
});
