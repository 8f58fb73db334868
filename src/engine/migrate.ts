/**
 * Older model files are brought up to the current version before they are checked, so
 * validation only ever knows one shape. Each step turns a version-N file into a
 * version-(N+1) file; changing the format means adding one step here and raising
 * CURRENT_MODEL_VERSION. The same chain serves opened files and saved browser state.
 */
import type { Problem } from './problems';

export const CURRENT_MODEL_VERSION = 2;
/** The oldest version this code can read. */
export const FIRST_MODEL_VERSION = 1;

export type RawModel = Record<string, unknown>;

export interface MigrationStep {
  /** The version this step reads; it writes `from + 1`. */
  from: number;
  migrate: (raw: RawModel) => RawModel;
}

/**
 * Version 2 (docs/model-format-v2.md) only adds optional fields, so a version-1 file
 * means the same as version 2: the step changes nothing but the number.
 */
export const MIGRATIONS: readonly MigrationStep[] = [{ from: 1, migrate: (raw) => ({ ...raw }) }];

export type VersionCheck = { ok: true; version: number } | { ok: false; problem: Problem };

/** Whether a file's `version` is one this code can migrate and read. */
export function checkVersion(raw: RawModel, current = CURRENT_MODEL_VERSION): VersionCheck {
  if (!Object.hasOwn(raw, 'version') || raw.version === undefined) {
    return { ok: false, problem: { path: 'version', code: 'missing' } };
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    const value = typeof version === 'string' ? JSON.stringify(version.slice(0, 40)) : String(version).slice(0, 40);
    return { ok: false, problem: { path: 'version', code: 'unknownVersion', params: { value } } };
  }
  if (version > current) {
    return { ok: false, problem: { path: 'version', code: 'newerVersion', params: { value: version, supported: current } } };
  }
  if (version < FIRST_MODEL_VERSION) {
    return { ok: false, problem: { path: 'version', code: 'unknownVersion', params: { value: version } } };
  }
  return { ok: true, version };
}

/** Runs `steps` from the file's version up to `target`; pure, so tests can pass their own chain. */
export function runMigrations(raw: RawModel, steps: readonly MigrationStep[], target: number): RawModel {
  const check = checkVersion(raw, target);
  if (!check.ok) throw new Error(`Cannot migrate a model file: ${check.problem.code} (${String(raw.version)})`);
  let current = raw;
  for (let version = check.version; version < target; version++) {
    const step = steps.find((s) => s.from === version);
    if (!step) throw new Error(`No migration from model version ${version}`);
    current = { ...step.migrate(current), version: version + 1 };
  }
  return current;
}

/** Brings a model file (already known to be a JSON object) up to CURRENT_MODEL_VERSION. */
export function migrateModelFile(raw: object): object {
  return runMigrations(raw as RawModel, MIGRATIONS, CURRENT_MODEL_VERSION);
}
