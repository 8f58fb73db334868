/**
 * The user's own unit values, kept in the browser (zustand persist) like the models.
 *
 * Saved under its own key with a version and a migration, and read through the same
 * precautions as the model store (safe-storage.ts; its key scheme and quota test are
 * reused): a save that cannot be read is copied aside under `<key>.corrupt-<time>` and
 * never overwritten, a clean save is copied to `<key>.backup`, and a full or blocked
 * storage is reported. Values failing the checks are left out; the rest load.
 *
 * Version history of the saved list (never renumber; add a step instead):
 *   1 – `{ values: OwnValue[] }`.
 */
import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { backupKey, corruptPrefix, isQuotaError } from './safe-storage';
import {
  addValue, checkOwnValue, editValue, mergeValues, removeValue,
  type MergeSummary, type OwnValue, type OwnValueInput,
} from './own-library-file';

export const OWN_LIBRARY_KEY = 'gevinstkart-own-values';
export const OWN_LIBRARY_VERSION = 1;

export interface OwnLibraryPersisted {
  values: OwnValue[];
}

export class OwnLibraryMigrationError extends Error {}

/** Brings an older saved list to the current shape; an unknown version is unreadable data. */
export function migrateOwnLibrary(state: unknown, version: number): unknown {
  if (!Number.isInteger(version) || version < 1 || version > OWN_LIBRARY_VERSION) {
    throw new OwnLibraryMigrationError(`Unknown own-library version ${String(version)}`);
  }
  return state;
}

/** Checks every value with the file's own check; good ones are kept even when others fail. */
export function checkOwnLibraryState(state: unknown): { state: OwnLibraryPersisted; dropped: number } | null {
  if (typeof state !== 'object' || state === null || !Array.isArray((state as { values?: unknown }).values)) return null;
  const raw = (state as { values: unknown[] }).values;
  const seen = new Set<string>();
  const values: OwnValue[] = [];
  raw.forEach((item, i) => {
    const checked = checkOwnValue(item, i + 1);
    if (checked.ok && !seen.has(checked.value.id)) {
      seen.add(checked.value.id);
      values.push(checked.value);
    }
  });
  return { state: { values }, dropped: raw.length - values.length };
}

export function readOwnLibraryText(text: string): { state: OwnLibraryPersisted; dropped: number } | null {
  try {
    const envelope = JSON.parse(text) as { state?: unknown; version?: unknown };
    if (typeof envelope?.version !== 'number') return null;
    return checkOwnLibraryState(migrateOwnLibrary(envelope.state, envelope.version));
  } catch {
    // Broken JSON and unknown versions alike: nothing in it can be used.
    return null;
  }
}

export type OwnLibraryNotice = 'corrupt' | 'restoredBackup' | 'partial' | 'quota' | 'unavailable' | 'saveBlocked';

/** In memory only: a notice about storage must not depend on storage. */
export const useOwnLibraryNotice = create<{ notice: OwnLibraryNotice | null; aside?: string }>()(() => ({ notice: null }));
const notify = (notice: OwnLibraryNotice | null, aside?: string) => useOwnLibraryNotice.setState({ notice, aside });

export function createOwnLibraryStorage(getStorage: () => Storage = () => window.localStorage, now = () => new Date()): PersistStorage<OwnLibraryPersisted> {
  // Set when an unreadable save could not be copied aside: writing would destroy it.
  let blocked = false;
  const storage = (): Storage | null => {
    try {
      return getStorage();
    } catch {
      notify('unavailable');
      return null;
    }
  };

  function copyAside(s: Storage, name: string, text: string): string | null {
    const key = `${corruptPrefix(name)}${now().toISOString()}`;
    try {
      s.setItem(key, text);
      return key;
    } catch {
      return null;
    }
  }

  function load(s: Storage, name: string): StorageValue<OwnLibraryPersisted> | null {
    const text = s.getItem(name);
    if (text === null) return null;
    const checked = readOwnLibraryText(text);
    if (checked && checked.dropped === 0) {
      try {
        s.setItem(backupKey(name), text);
      } catch {
        // A missing backup costs nothing today; a full storage is reported on the next save.
      }
      return { state: checked.state, version: OWN_LIBRARY_VERSION };
    }
    const aside = copyAside(s, name, text) ?? undefined;
    if (aside === undefined) {
      blocked = true;
      notify('saveBlocked');
    }
    if (checked) {
      if (aside) notify('partial', aside);
      return { state: checked.state, version: OWN_LIBRARY_VERSION };
    }
    const backupText = s.getItem(backupKey(name));
    const backup = backupText === null ? null : readOwnLibraryText(backupText);
    if (aside) notify(backup ? 'restoredBackup' : 'corrupt', aside);
    return backup ? { state: backup.state, version: OWN_LIBRARY_VERSION } : null;
  }

  return {
    getItem(name) {
      const s = storage();
      return s ? load(s, name) : null;
    },
    setItem(name, value) {
      const s = storage();
      if (blocked || !s) return;
      try {
        s.setItem(name, JSON.stringify(value));
        if (useOwnLibraryNotice.getState().notice === 'quota') notify(null);
      } catch (error) {
        notify(isQuotaError(error) ? 'quota' : 'unavailable');
      }
    },
    removeItem(name) {
      storage()?.removeItem(name);
    },
  };
}

export interface OwnLibraryState extends OwnLibraryPersisted {
  add: (input: OwnValueInput) => string;
  edit: (id: string, input: OwnValueInput) => void;
  remove: (id: string) => void;
  /** Merges a checked file's values (same id: replaced); returns what changed. */
  importValues: (values: readonly OwnValue[]) => MergeSummary;
}

export function createOwnLibraryStore(options: { name?: string; storage?: PersistStorage<OwnLibraryPersisted> } = {}) {
  return create<OwnLibraryState>()(
    persist(
      (set, get) => ({
        values: [],
        add: (input) => {
          const values = addValue(get().values, input);
          set({ values });
          return values[values.length - 1]!.id;
        },
        edit: (id, input) => set({ values: editValue(get().values, id, input) }),
        remove: (id) => set({ values: removeValue(get().values, id) }),
        importValues: (incoming) => {
          const { values, summary } = mergeValues(get().values, incoming);
          set({ values });
          return summary;
        },
      }),
      {
        name: options.name ?? OWN_LIBRARY_KEY,
        version: OWN_LIBRARY_VERSION,
        storage: options.storage ?? createOwnLibraryStorage(),
        partialize: (s): OwnLibraryPersisted => ({ values: s.values }),
        // The storage already migrated and checked; this runs the same steps if persist asks.
        migrate: (state, version) => checkOwnLibraryState(migrateOwnLibrary(state, version))?.state ?? { values: [] },
      },
    ),
  );
}

export const useOwnLibrary = createOwnLibraryStore();
