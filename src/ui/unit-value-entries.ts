/**
 * The unit-value library as the screens see it: the built-in published figures of
 * src/data/unit-values.json (a copy of /work/shared/presets/unit-values.json) and the
 * user's own values, in one shape, with search and filters. Pure, so the library screen
 * and the picker on a gain line filter alike.
 */
import raw from '../data/unit-values.json';
import { LEVELS, PRICE_UNITS, type Level, type PriceUnit } from '../engine/model';
import type { Lang } from '../i18n/catalog';
import type { OwnValue } from '../store/own-library-file';
import { findPreset, presetName, type SectorPreset } from './sector-presets';

export type Confidence = 'primary' | 'secondary';

/** Borne by society as a whole (no budget): a built-in bearer that is not a sector preset. */
export const SOCIETY = 'society';

export interface UnitLibraryEntry {
  id: string;
  origin: 'builtin' | 'own';
  names: Record<Lang, string>;
  /** As published, in the kroner of priceYear, per `unit`. */
  value: string;
  unit: PriceUnit;
  /** The unit as the source words it, when it says more than `unit` ("per year (42 years)"). */
  publishedUnit?: string;
  priceYear: number;
  /** A sector preset id, SOCIETY, or '' when nobody was named. */
  bearer: string;
  source: string;
  confidence: Confidence;
}

/**
 * The published unit text → a unit of the model format. A value "per person, lifetime" is
 * one amount per outcome, so it counts per case (factor 1); the user sets the duration.
 */
export function toPriceUnit(text: string): PriceUnit {
  const exact = PRICE_UNITS.find((u) => u === text);
  if (exact) return exact;
  const prefix = PRICE_UNITS.find((u) => text.startsWith(`${u} `) || text.startsWith(`${u},`) || text.startsWith(`${u}(`));
  return prefix ?? 'per case';
}

interface RawValue {
  id: string; nb: string; en: string; value: string; unit: string; priceYear: number;
  bearer: string; source: string; confidence: string;
}

function checkBuiltin(v: RawValue): UnitLibraryEntry {
  // A broken preset is a packaging error (tests/ui/unit-value-entries.test.ts), never a user's problem.
  if (v.confidence !== 'primary' && v.confidence !== 'secondary') throw new Error(`unit-values.json: ${v.id} has confidence ${v.confidence}`);
  if (v.bearer !== SOCIETY && !findPreset(v.bearer)) throw new Error(`unit-values.json: ${v.id} names unknown bearer ${v.bearer}`);
  const unit = toPriceUnit(v.unit);
  return {
    id: v.id, origin: 'builtin', names: { nb: v.nb, en: v.en }, value: v.value, unit,
    ...(unit === v.unit ? {} : { publishedUnit: v.unit }),
    priceYear: v.priceYear, bearer: v.bearer, source: v.source, confidence: v.confidence,
  };
}

export const BUILTIN_ENTRIES: readonly UnitLibraryEntry[] = (raw.values as RawValue[]).map(checkBuiltin);

/** The user's own values as library entries: one name for both languages (they wrote it once). */
export function ownEntries(values: readonly OwnValue[]): UnitLibraryEntry[] {
  return values.map((v) => ({
    id: v.id, origin: 'own', names: { nb: v.label, en: v.label }, value: v.value, unit: v.unit,
    priceYear: v.priceYear, bearer: v.bearer, source: v.source, confidence: v.confidence,
  }));
}

export function bearerPreset(bearer: string): SectorPreset | undefined {
  return bearer ? findPreset(bearer) : undefined;
}

/** The bearer's level, or undefined for society as a whole or nobody named. */
export function bearerLevel(bearer: string): Level | undefined {
  return bearerPreset(bearer)?.level;
}

export interface EntryFilter {
  query: string;
  /** A sector preset id, SOCIETY, or '' for all. */
  bearer: string;
  level: Level | '';
}

export const NO_FILTER: EntryFilter = { query: '', bearer: '', level: '' };

/** Lower case without accents; ø, æ and å are letters of their own and stay. */
function fold(text: string): string {
  return text.toLocaleLowerCase('nb').normalize('NFD').replace(/[\u0300-\u0309\u030b-\u036f]/g, '').normalize('NFC');
}

/** Every word of the query must occur in a name (either language), the source, the bearer or the year. */
export function matchesQuery(entry: UnitLibraryEntry, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const preset = bearerPreset(entry.bearer);
  const haystack = fold([entry.names.nb, entry.names.en, entry.source, String(entry.priceYear), preset?.nb ?? '', preset?.en ?? ''].join(' '));
  return words.every((w) => haystack.includes(w));
}

export function filterEntries(entries: readonly UnitLibraryEntry[], filter: EntryFilter): UnitLibraryEntry[] {
  return entries.filter(
    (e) =>
      (filter.bearer === '' || e.bearer === filter.bearer) &&
      (filter.level === '' || bearerLevel(e.bearer) === filter.level) &&
      matchesQuery(e, filter.query),
  );
}

/** The bearers that occur in these entries, in preset-level order, for the filter's <select>. */
export function bearersIn(entries: readonly UnitLibraryEntry[]): string[] {
  const seen = [...new Set(entries.map((e) => e.bearer).filter(Boolean))];
  const rank = (b: string) => {
    const level = bearerLevel(b);
    return level ? LEVELS.indexOf(level) : LEVELS.length;
  };
  return seen.sort((a, b) => rank(a) - rank(b));
}

/** The levels that occur, in spec order. */
export function levelsIn(entries: readonly UnitLibraryEntry[]): Level[] {
  const present = new Set(entries.map((e) => bearerLevel(e.bearer)));
  return LEVELS.filter((l) => present.has(l));
}

export function entryName(entry: UnitLibraryEntry, lang: Lang): string {
  return entry.names[lang];
}

/** Who bears it, for display: the preset's name, or the caller's words for society / nobody. */
export function bearerName(bearer: string, lang: Lang, words: { society: string; none: string }): string {
  if (bearer === SOCIETY) return words.society;
  const preset = bearerPreset(bearer);
  return preset ? presetName(preset, lang) : words.none;
}
