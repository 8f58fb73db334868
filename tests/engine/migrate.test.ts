import { describe, expect, it } from 'vitest';
import { CURRENT_MODEL_VERSION, checkVersion, migrateModelFile, runMigrations, type MigrationStep } from '../../src/engine/migrate';
import { rawOf } from './parse-helpers';

describe('migrateModelFile', () => {
  it('leaves a current file as it is', () => {
    const raw = rawOf();
    expect(raw.version).toBe(CURRENT_MODEL_VERSION);
    expect(migrateModelFile(raw)).toStrictEqual(rawOf());
  });

  it('throws on a version it cannot read rather than guessing', () => {
    expect(() => migrateModelFile({ ...rawOf(), version: CURRENT_MODEL_VERSION + 1 })).toThrow(/newerVersion/);
    expect(() => migrateModelFile({ ...rawOf(), version: undefined })).toThrow(/missing/);
  });
});

describe('runMigrations', () => {
  // Two made-up steps show how a real version 2 and 3 would plug in.
  const steps: MigrationStep[] = [
    { from: 2, migrate: (raw) => ({ ...raw, renamed: raw.old, old: undefined, trail: [...(raw.trail as string[]), '2→3'] }) },
    { from: 1, migrate: (raw) => ({ ...raw, trail: ['1→2'] }) },
  ];

  it('runs every step from the file version up to the target, in version order', () => {
    expect(runMigrations({ version: 1, old: 'x' }, steps, 3)).toEqual({ version: 3, renamed: 'x', old: undefined, trail: ['1→2', '2→3'] });
  });

  it('starts from the version the file has', () => {
    expect(runMigrations({ version: 2, old: 'y', trail: [] }, steps, 3)).toMatchObject({ version: 3, renamed: 'y', trail: ['2→3'] });
  });

  it('refuses a gap in the chain', () => {
    expect(() => runMigrations({ version: 1 }, steps.slice(0, 1), 3)).toThrow('No migration from model version 1');
  });

  it('does not change the input', () => {
    const raw = { version: 1, old: 'x' };
    runMigrations(raw, steps, 3);
    expect(raw).toEqual({ version: 1, old: 'x' });
  });
});

describe('checkVersion', () => {
  it.each([
    [{ version: 1 }, { ok: true, version: 1 }],
    [{}, { ok: false, problem: { path: 'version', code: 'missing' } }],
    [{ version: 3 }, { ok: false, problem: { path: 'version', code: 'newerVersion', params: { value: 3, supported: 2 } } }],
    [{ version: 0 }, { ok: false, problem: { path: 'version', code: 'unknownVersion', params: { value: 0 } } }],
    [{ version: 1.5 }, { ok: false, problem: { path: 'version', code: 'unknownVersion', params: { value: '1.5' } } }],
    [{ version: null }, { ok: false, problem: { path: 'version', code: 'unknownVersion', params: { value: 'null' } } }],
  ])('%j → %j', (raw, expected) => {
    expect(checkVersion(raw)).toEqual(expected);
  });
});
