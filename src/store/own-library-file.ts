/**
 * The user's own unit values as data: their shape (checked with zod), the file a
 * municipality shares between colleagues, and the pure edits the store runs. The same
 * check guards the browser's saved copy and an imported file, so neither can smuggle in
 * a value the app would then show as sourced.
 */
import { z } from 'zod';
import { DECIMAL_PATTERN } from '../engine/decimal-string';
import { PRICE_UNITS, type PriceUnit } from '../engine/model';
import { findPreset } from '../ui/sector-presets';
import { SOCIETY, type Confidence } from '../ui/unit-value-entries';

export interface OwnValue {
  id: string;
  label: string;
  /** As published, in the kroner of priceYear, per `unit` (a decimal string). */
  value: string;
  unit: PriceUnit;
  priceYear: number;
  /** A sector preset id, 'society', or '' when nobody is named. */
  bearer: string;
  source: string;
  confidence: Confidence;
  /** ISO time of the last change. */
  updatedAt: string;
}

export type OwnValueInput = Omit<OwnValue, 'id' | 'updatedAt'>;

export const OWN_VALUES_FORMAT = 'gevinstkart-unit-values';
export const OWN_VALUES_VERSION = 1;
/** A shared list of figures is small; a bigger file is not one of ours. */
export const MAX_OWN_VALUES_BYTES = 1_000_000;
export const MAX_OWN_VALUES = 2000;

const isBearer = (b: string) => b === '' || b === SOCIETY || findPreset(b) !== undefined;

export const ownValueSchema = z.strictObject({
  id: z.string().min(1).max(100),
  label: z.string().trim().min(1).max(300),
  value: z.string().regex(DECIMAL_PATTERN),
  unit: z.enum(PRICE_UNITS),
  priceYear: z.number().int().min(1900).max(2200),
  bearer: z.string().max(100).refine(isBearer),
  source: z.string().trim().min(1).max(1000),
  confidence: z.enum(['primary', 'secondary']),
  updatedAt: z.iso.datetime(),
});

export const OWN_VALUE_FIELDS = ['id', 'label', 'value', 'unit', 'priceYear', 'bearer', 'source', 'confidence', 'updatedAt'] as const;
export type OwnValueField = (typeof OWN_VALUE_FIELDS)[number];

export type FileProblem =
  | { code: 'tooLarge' | 'unreadable' | 'notJson' | 'notOurFile' | 'noValues' | 'tooMany' }
  | { code: 'newerVersion' | 'unknownVersion'; params: { version: string } }
  | { code: 'badField'; params: { entry: number; field: OwnValueField | 'entry' } }
  | { code: 'duplicateId'; params: { entry: number; id: string } };

export type FileReading = { ok: true; values: OwnValue[] } | { ok: false; problems: FileProblem[] };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** One value checked; the problems name the entry (1-based, as a user counts) and the field. */
export function checkOwnValue(raw: unknown, entry: number): { ok: true; value: OwnValue } | { ok: false; problems: FileProblem[] } {
  const parsed = ownValueSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const fields = new Set<OwnValueField | 'entry'>();
  for (const issue of parsed.error.issues) {
    // An unknown key has an empty path: it is the entry, not one field, that is wrong.
    const key = issue.path[0];
    fields.add((OWN_VALUE_FIELDS as readonly unknown[]).includes(key) ? (key as OwnValueField) : 'entry');
  }
  return { ok: false, problems: [...fields].map((field) => ({ code: 'badField', params: { entry, field } })) };
}

/** Reads a shared file. All or nothing: any problem refuses the whole file. */
export function parseOwnValuesFile(text: string): FileReading {
  if (new TextEncoder().encode(text).length > MAX_OWN_VALUES_BYTES) return { ok: false, problems: [{ code: 'tooLarge' }] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ code: 'notJson' }] };
  }
  if (!isRecord(data) || data.format !== OWN_VALUES_FORMAT) return { ok: false, problems: [{ code: 'notOurFile' }] };
  if (data.version !== OWN_VALUES_VERSION) {
    const version = String(data.version).slice(0, 20);
    const newer = typeof data.version === 'number' && Number.isInteger(data.version) && data.version > OWN_VALUES_VERSION;
    return { ok: false, problems: [{ code: newer ? 'newerVersion' : 'unknownVersion', params: { version } }] };
  }
  if (!Array.isArray(data.values)) return { ok: false, problems: [{ code: 'noValues' }] };
  if (data.values.length > MAX_OWN_VALUES) return { ok: false, problems: [{ code: 'tooMany' }] };
  const values: OwnValue[] = [];
  const problems: FileProblem[] = [];
  const seen = new Set<string>();
  data.values.forEach((raw: unknown, i) => {
    const checked = checkOwnValue(raw, i + 1);
    if (!checked.ok) return problems.push(...checked.problems);
    if (seen.has(checked.value.id)) return problems.push({ code: 'duplicateId', params: { entry: i + 1, id: checked.value.id.slice(0, 40) } });
    seen.add(checked.value.id);
    values.push(checked.value);
  });
  return problems.length ? { ok: false, problems } : { ok: true, values };
}

export function ownValuesFileText(values: readonly OwnValue[]): string {
  return `${JSON.stringify({ format: OWN_VALUES_FORMAT, version: OWN_VALUES_VERSION, values }, null, 2)}\n`;
}

let counter = 0;
/** Unique within one browser's list; imported values keep their own ids. */
export function newOwnId(now: number = Date.now()): string {
  counter = (counter + 1) % 1_000_000;
  return `own-${now.toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

export function addValue(values: readonly OwnValue[], input: OwnValueInput, now = new Date(), id = newOwnId(now.getTime())): OwnValue[] {
  return [...values, { ...input, id, updatedAt: now.toISOString() }];
}

export function editValue(values: readonly OwnValue[], id: string, input: OwnValueInput, now = new Date()): OwnValue[] {
  return values.map((v) => (v.id === id ? { ...input, id, updatedAt: now.toISOString() } : v));
}

export function removeValue(values: readonly OwnValue[], id: string): OwnValue[] {
  return values.filter((v) => v.id !== id);
}

export interface MergeSummary {
  added: number;
  updated: number;
  unchanged: number;
}

/** An imported value replaces an own value with the same id (a colleague's newer figure); others are added. */
export function mergeValues(values: readonly OwnValue[], incoming: readonly OwnValue[]): { values: OwnValue[]; summary: MergeSummary } {
  const summary: MergeSummary = { added: 0, updated: 0, unchanged: 0 };
  const byId = new Map(incoming.map((v) => [v.id, v]));
  const merged = values.map((v) => {
    const next = byId.get(v.id);
    if (!next) return v;
    byId.delete(v.id);
    if (OWN_VALUE_FIELDS.every((f) => next[f] === v[f])) summary.unchanged += 1;
    else summary.updated += 1;
    return next;
  });
  summary.added = byId.size;
  return { values: [...merged, ...byId.values()], summary };
}
