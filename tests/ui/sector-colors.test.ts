import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SECTOR_PALETTE, UNKNOWN_SECTOR_COLOR, paletteColor, pinSectorColors, sectorColor } from '../../src/ui/sector-colors';
import type { Sector } from '../../src/engine/model';

/* Colour science for the checks below: WCAG relative luminance and CIELAB, with the
 * Machado et al. (2009) full-severity simulation matrices for the three dichromacies. */
type Rgb = [number, number, number];
const toLinear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
const linear = (hex: string): Rgb => [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16))) as Rgb;
const luminance = ([r, g, b]: Rgb) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
const contrastOnWhite = (hex: string) => 1.05 / (luminance(linear(hex)) + 0.05);
const SIMULATIONS: Record<string, number[][]> = {
  normal: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};
const simulate = (m: number[][], v: Rgb): Rgb => m.map((row) => Math.min(1, Math.max(0, row[0]! * v[0] + row[1]! * v[1] + row[2]! * v[2]))) as Rgb;
function lab([r, g, b]: Rgb): Rgb {
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
const deltaE = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe('the palette', () => {
  it.each([...SECTOR_PALETTE])('%s has at least 3:1 contrast on white (WCAG 1.4.11)', (hex) => {
    expect(contrastOnWhite(hex)).toBeGreaterThanOrEqual(3);
  });

  it.each(Object.keys(SIMULATIONS))('every two colours stay apart (ΔE ≥ 15) under %s', (kind) => {
    const labs = SECTOR_PALETTE.map((hex) => lab(simulate(SIMULATIONS[kind]!, linear(hex))));
    for (let i = 0; i < labs.length; i++) {
      for (let j = i + 1; j < labs.length; j++) expect(deltaE(labs[i]!, labs[j]!)).toBeGreaterThanOrEqual(15);
    }
  });

  it('has no two neighbours of nearly the same lightness, so adjacent sectors differ in greyscale', () => {
    const lightness = SECTOR_PALETTE.map((hex) => lab(linear(hex))[0]);
    for (let i = 1; i < lightness.length; i++) expect(Math.abs(lightness[i]! - lightness[i - 1]!)).toBeGreaterThanOrEqual(10);
  });
});

const sectors: Sector[] = [
  { id: 'a', name: 'A', level: 'municipal' },
  { id: 'b', name: 'B', level: 'state', color: '#123456' },
  { id: 'c', name: 'C', level: 'county', color: 'not a colour' },
];

describe('sectorColor', () => {
  it.each([
    ['a', SECTOR_PALETTE[0]],
    ['b', '#123456'],
    ['c', SECTOR_PALETTE[2]],
    ['missing', UNKNOWN_SECTOR_COLOR],
  ])('%s → %s', (id, color) => {
    expect(sectorColor(sectors, id)).toBe(color);
  });

  it('wraps around the palette by position', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), (i) => {
        expect(paletteColor(i)).toBe(SECTOR_PALETTE[((i % 8) + 8) % 8]);
      }),
    );
  });

  it('pinning writes each sector the colour it already shows', () => {
    const pinned = pinSectorColors(sectors);
    expect(pinned.map((s) => s.color)).toEqual(sectors.map((s) => sectorColor(sectors, s.id)));
    // Once pinned, the colour no longer depends on position.
    expect(sectorColor([...pinned].reverse(), 'a')).toBe(SECTOR_PALETTE[0]);
  });
});
