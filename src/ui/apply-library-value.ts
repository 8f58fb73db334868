/**
 * Using a library value on a gain line (issue 8 §2), as one pure edit so that it is one
 * undo step: the line gets the converted unit value and the source that documents it, and,
 * when asked, the sector that bears the cost, added from the presets if the model lacks it.
 */
import { isCohortBenefit, type Model, type Sector, type UnitValueSource } from '../engine/model';
import type { Lang } from '../i18n/catalog';
import { freshColor } from './sector-colors';
import { findPreset, presetName, type SectorPreset } from './sector-presets';

/** What "Use this value" in the library panel hands back. */
export interface LibraryPick {
  /** value × unitFactor × priceFactor in the model's price base (a decimal string). */
  unitValue: string;
  source: UnitValueSource;
  /** The preset of the sector that bears it, or null (society as a whole, nobody named). */
  sectorPresetId: string | null;
  /** Make that sector the line's budget holder (the user may untick the suggestion). */
  assignSector: boolean;
}

/** A sector stands for a preset when it carries its id or one of its names (as in the sector editor). */
export function sectorForPreset(sectors: readonly Sector[], preset: SectorPreset): Sector | undefined {
  return sectors.find((s) => s.id === preset.id) ?? sectors.find((s) => s.name === preset.nb || s.name === preset.en);
}

/** The model's sector for a preset, adding it (named in `lang`) when the model has none. */
export function ensurePresetSector(model: Model, preset: SectorPreset, lang: Lang): { model: Model; sectorId: string } {
  const present = sectorForPreset(model.sectors, preset);
  if (present) return { model, sectorId: present.id };
  // No sector carries the preset's id here (that one would have been found above).
  const sector: Sector = {
    id: preset.id,
    name: presetName(preset, lang),
    level: preset.level,
    color: freshColor(model.sectors),
  };
  return { model: { ...model, sectors: [...model.sectors, sector] }, sectorId: sector.id };
}

/**
 * Applies a pick to cohort-driven line `lineId`. A direct line (amounts per year) has no
 * unit value, and an unknown id changes nothing: the model comes back as it was.
 */
export function applyLibraryValue(model: Model, lineId: string, pick: LibraryPick, lang: Lang): Model {
  const line = model.benefits.find((b) => b.id === lineId);
  if (!line || !isCohortBenefit(line)) return model;
  const preset = pick.assignSector && pick.sectorPresetId ? findPreset(pick.sectorPresetId) : undefined;
  const { model: withSector, sectorId } = preset ? ensurePresetSector(model, preset, lang) : { model, sectorId: line.sector };
  return {
    ...withSector,
    benefits: withSector.benefits.map((b) =>
      b.id === lineId && isCohortBenefit(b) ? { ...b, unitValue: pick.unitValue, unitValueSource: pick.source, sector: sectorId } : b,
    ),
  };
}
