/**
 * Names of the budget levels (spec §1 `level`), shared by the sector editor, charts
 * and the report so a level reads the same everywhere. Norwegian names follow the
 * words used in municipal budgeting (kommune, fylkeskommune, stat).
 */
import { LEVELS, type Level } from '../engine/model';
import type { Lang } from '../i18n/catalog';

export const LEVEL_NAMES = {
  nb: {
    municipal: 'kommune',
    county: 'fylkeskommune',
    state: 'stat',
    private: 'privat',
    voluntary: 'frivillig',
    household: 'husholdning',
  },
  en: {
    municipal: 'municipal',
    county: 'county',
    state: 'state',
    private: 'private',
    voluntary: 'voluntary',
    household: 'household',
  },
} as const satisfies Record<Lang, Record<Level, string>>;

/** The level's name in lower case, as it reads inside a sentence. */
export function levelName(level: Level, lang: Lang): string {
  return LEVEL_NAMES[lang][level];
}

/** The level's name with a capital first letter, for headings and column titles. */
export function levelTitle(level: Level, lang: Lang): string {
  const name = levelName(level, lang);
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}

/** Levels in spec order, each with its name: ready for a <select>. */
export function levelOptions(lang: Lang): { level: Level; name: string }[] {
  return LEVELS.map((level) => ({ level, name: levelTitle(level, lang) }));
}

/** The level a <select> value names, or undefined: DOM values are plain strings. */
export function toLevel(value: string): Level | undefined {
  return LEVELS.find((l) => l === value);
}
