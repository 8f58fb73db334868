/**
 * The border: a model file (text or already-parsed JSON) in, either a checked Model or
 * every problem found. The engine never sees an unchecked model.
 */
import type { Model } from './model';
import { MODEL_FORMAT } from './model';
import type { Problem } from './problems';
import { checkVersion, migrateModelFile, type RawModel } from './migrate';
import { modelSchema } from './parse-schema';
import { issuesToProblems } from './parse-issues';
import { crossCheckProblems, forbiddenKeyProblems } from './parse-checks';
import { v2Problems } from './parse-checks-v2';
import { buildModel } from './parse-build';
import { shorten } from './decimal-string';
import { horizonWarnings } from './warnings';

export type { Problem, ProblemCode } from './problems';

/** Larger files are refused before JSON.parse sees them. */
export const MAX_MODEL_BYTES = 10 * 1024 * 1024;

export type ParseOutcome = { ok: true; model: Model; warnings: string[] } | { ok: false; problems: Problem[] };

const refuse = (problems: Problem[]): ParseOutcome => ({ ok: false, problems });

export function parseModelText(text: string): ParseOutcome {
  if (exceedsBytes(text, MAX_MODEL_BYTES)) {
    return refuse([{ path: '', code: 'tooLarge', params: { max: MAX_MODEL_BYTES / (1024 * 1024) } }]);
  }
  let raw: unknown;
  try {
    // Notepad and some mail clients put a byte order mark in front of UTF-8 text.
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return refuse([{ path: '', code: 'notJson' }]);
  }
  return parseModel(raw);
}

export function parseModel(input: unknown): ParseOutcome {
  const problems = forbiddenKeyProblems(input);
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return refuse([...problems, { path: '', code: 'notAnObject' }]);
  }
  const raw = input as RawModel;
  // A file that is not a model of a version we read gets no field-by-field list.
  const header = headerProblems(raw);
  if (header.length > 0) return refuse([...problems, ...header]);

  const migrated = migrateModelFile(raw) as RawModel;
  const parsed = modelSchema.safeParse(migrated, { reportInput: true });
  if (!parsed.success) problems.push(...issuesToProblems(parsed.error.issues));
  problems.push(...crossCheckProblems(migrated), ...v2Problems(migrated));
  if (problems.length > 0 || !parsed.success) return refuse(problems);

  const model = buildModel(parsed.data);
  return { ok: true, model, warnings: horizonWarnings(model) };
}

function headerProblems(raw: RawModel): Problem[] {
  const problems: Problem[] = [];
  if (raw.format === undefined) problems.push({ path: 'format', code: 'missing' });
  else if (raw.format !== MODEL_FORMAT) problems.push({ path: 'format', code: 'wrongFormat', params: { value: describe(raw.format) } });
  const version = checkVersion(raw);
  if (!version.ok) problems.push(version.problem);
  return problems;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return shorten(value);
  if (typeof value === 'object' && value !== null) return Array.isArray(value) ? '[…]' : '{…}';
  return String(value);
}

/** Whether the UTF-8 form of `text` is larger than `max` bytes, without building a copy. */
export function exceedsBytes(text: string, max: number): boolean {
  // Every UTF-16 unit takes 1–3 bytes in UTF-8, so most texts are decided without counting.
  if (text.length > max) return true;
  if (text.length * 3 <= max) return false;
  return utf8Length(text) > max;
}

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    // A surrogate pair is one 4-byte character: 2 bytes for each half.
    else if (unit >= 0xd800 && unit <= 0xdfff) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}
