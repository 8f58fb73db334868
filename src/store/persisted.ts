/**
 * What the store writes to localStorage, its versions and their migrations.
 *
 * Version history of the saved store (never renumber; add a step instead):
 *   1 – one model: `{ model }` (the single-model store's shape).
 *   2 – a library of models: `{ library: [{id, name, updatedAt, model}], activeId }`.
 * Each stored model also goes through the same migration and checks as an opened file,
 * so an old model inside a new store, or a new store holding old models, both open.
 */
import { parseModel } from '../engine/parse';
import type { Model } from '../engine/model';
import { makeEntry, type LibraryEntry } from './library';

export const STORE_KEY = 'gevinstkart-store';
export const STORE_VERSION = 2;

export interface PersistedState {
  library: LibraryEntry[];
  activeId: string;
}

export class StoreMigrationError extends Error {}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Brings a saved state of any earlier store version to the current shape. Models are not
 * checked here (see `checkStoredState`); this only moves them to where version 2 keeps them.
 * Throws StoreMigrationError for versions it does not know, which the storage wrapper
 * treats like unreadable data: kept aside, never overwritten.
 */
export function migrateStoreState(state: unknown, version: number): unknown {
  if (!Number.isInteger(version) || version > STORE_VERSION || version < 0) {
    throw new StoreMigrationError(`Unknown store version ${String(version)}`);
  }
  let current = state;
  if (version <= 1) {
    if (!isRecord(current) || !('model' in current)) throw new StoreMigrationError('Version 1 state has no model');
    const id = 'm-migrated-1';
    const title = isRecord(current.model) && typeof current.model.title === 'string' ? current.model.title : '';
    current = { library: [{ id, name: title, updatedAt: new Date(0).toISOString(), model: current.model }], activeId: id };
  }
  return current;
}

/** The one place stored models are checked: the same parser (and migration) as opened files. */
export function checkStoredModel(raw: unknown): Model | null {
  const outcome = parseModel(raw);
  return outcome.ok ? outcome.model : null;
}

export interface CheckedState {
  state: PersistedState;
  /** Entries that failed the checks and were left out (the raw save is kept aside). */
  dropped: number;
}

/**
 * Checks a current-version state entry by entry. Good entries are kept even when others
 * are broken; returns null when nothing usable is left.
 */
export function checkStoredState(state: unknown): CheckedState | null {
  if (!isRecord(state) || !Array.isArray(state.library)) return null;
  const library: LibraryEntry[] = [];
  let dropped = 0;
  const seen = new Set<string>();
  for (const raw of state.library) {
    const entry = checkEntry(raw);
    if (!entry || seen.has(entry.id)) {
      dropped += 1;
      continue;
    }
    seen.add(entry.id);
    library.push(entry);
  }
  const first = library[0];
  if (!first) return null;
  const activeId = typeof state.activeId === 'string' && seen.has(state.activeId) ? state.activeId : first.id;
  return { state: { library, activeId }, dropped };
}

function checkEntry(raw: unknown): LibraryEntry | null {
  if (!isRecord(raw) || typeof raw.id !== 'string' || raw.id === '') return null;
  const model = checkStoredModel(raw.model);
  if (!model) return null;
  const updatedAt = typeof raw.updatedAt === 'string' && !Number.isNaN(Date.parse(raw.updatedAt))
    ? raw.updatedAt
    : new Date(0).toISOString();
  return { ...makeEntry(model, new Date(updatedAt), raw.id), updatedAt };
}
