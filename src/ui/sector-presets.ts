/**
 * Typed access to the Norwegian sector presets in src/data/sectors.json (a copy of
 * /work/shared/presets/sectors.json). The JSON is checked once when this module loads:
 * a preset with an unknown level is a packaging error, not something to show a user.
 */
import raw from '../data/sectors.json';
import { LEVELS, type Level } from '../engine/model';
import type { Lang } from '../i18n/catalog';

export interface SectorPreset {
  id: string;
  level: Level;
  nb: string;
  en: string;
  /** KOSTRA function codes where known (empty when none apply). */
  kostra: readonly string[];
}

export interface PresetGroup {
  level: Level;
  presets: SectorPreset[];
}

function isLevel(value: string): value is Level {
  return (LEVELS as readonly string[]).includes(value);
}

function checkPreset(entry: { id: string; level: string; nb: string; en: string; kostra: string[] }): SectorPreset {
  if (!isLevel(entry.level)) throw new Error(`sectors.json: preset ${entry.id} has unknown level ${entry.level}`);
  return { id: entry.id, level: entry.level, nb: entry.nb, en: entry.en, kostra: entry.kostra };
}

export const SECTOR_PRESETS: readonly SectorPreset[] = raw.sectors.map(checkPreset);

export function presetName(preset: SectorPreset, lang: Lang): string {
  return preset[lang];
}

export function findPreset(id: string): SectorPreset | undefined {
  return SECTOR_PRESETS.find((p) => p.id === id);
}

/** Presets grouped by level in spec order (municipal, county, state, …); empty levels left out. */
export function presetsByLevel(): PresetGroup[] {
  return LEVELS.map((level) => ({ level, presets: SECTOR_PRESETS.filter((p) => p.level === level) })).filter(
    (g) => g.presets.length > 0,
  );
}
