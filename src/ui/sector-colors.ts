/**
 * Stable sector colours shared by every chart, table swatch and the report.
 *
 * The first four are the Okabe–Ito colours that keep 3:1 contrast on white; the other
 * four were chosen to stay apart from them and from each other under simulated
 * protanopia, deuteranopia and tritanopia (Machado 2009) while keeping 3:1 contrast
 * (WCAG 1.4.11 for graphics). They are ordered so that neighbours differ in lightness
 * (CIELAB L*) by at least 10, so sectors next to each other in a stacked bar or legend
 * remain distinguishable when printed in greyscale. tests/ui/sector-colors.test.ts checks both.
 */
import type { Sector, SectorId } from '../engine/model';

export const SECTOR_PALETTE = [
  '#0072B2', // blue (L* 46)
  '#009E73', // bluish green (58)
  '#664422', // brown (32)
  '#D55E00', // vermillion (54)
  '#882266', // wine (33)
  '#CC79A7', // reddish purple (61)
  '#8800EE', // violet (40)
  '#8866EE', // lavender (53)
] as const;

/** Shown for an id that names no sector (a stale reference should never get a real colour). */
export const UNKNOWN_SECTOR_COLOR = '#666666';

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

export function isHexColor(value: unknown): value is string {
  return typeof value === 'string' && HEX_COLOR.test(value);
}

/** The palette colour for the sector at this position (wraps after the last one). */
export function paletteColor(index: number): string {
  const n = SECTOR_PALETTE.length;
  return SECTOR_PALETTE[((index % n) + n) % n]!;
}

/**
 * A sector's colour: its own `color` when the user chose one, else the palette colour of
 * its position. Editors pin colours before reordering or deleting so that a sector keeps
 * its colour when the others move.
 */
export function sectorColor(sectors: readonly Sector[], sectorId: SectorId): string {
  const index = sectors.findIndex((s) => s.id === sectorId);
  if (index < 0) return UNKNOWN_SECTOR_COLOR;
  const own = sectors[index]!.color;
  return isHexColor(own) ? own : paletteColor(index);
}

/** Every sector with the colour it shows now written into it. */
export function pinSectorColors(sectors: readonly Sector[]): Sector[] {
  return sectors.map((s) => ({ ...s, color: sectorColor(sectors, s.id) }));
}

/** The first palette colour no sector shows yet, so a new sector never repeats one while any is free. */
export function freshColor(sectors: readonly Sector[]): string {
  const shown = new Set(sectors.map((s) => sectorColor(sectors, s.id).toLowerCase()));
  return SECTOR_PALETTE.find((c) => !shown.has(c.toLowerCase())) ?? SECTOR_PALETTE[sectors.length % SECTOR_PALETTE.length]!;
}
