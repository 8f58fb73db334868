/**
 * localStorage for the model store, made safe for the user's work (see pitfalls: zustand
 * `persist` falls back to defaults on unreadable data, and its next write would wipe the save).
 *
 * - An unreadable save (broken JSON, unknown version, models failing the checks) is first
 *   COPIED ASIDE under `<key>.corrupt-<time>`, never overwritten, and the user is told.
 *   If it cannot be copied, saving stays paused so the original is not overwritten either.
 * - Every save that loads cleanly is copied to `<key>.backup`; a broken save falls back to it.
 * - A full storage (QuotaExceededError) or a blocked one is reported, never swallowed.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import {
  STORE_VERSION,
  StoreMigrationError,
  checkStoredState,
  migrateStoreState,
  type CheckedState,
  type PersistedState,
} from './persisted';
import { clearStorageNotice, reportStorageNotice } from './storage-notice';

export const backupKey = (name: string) => `${name}.backup`;
export const corruptPrefix = (name: string) => `${name}.corrupt-`;

export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof DOMException)) return false;
  // Names and legacy codes differ between engines (Firefox: NS_ERROR_DOM_QUOTA_REACHED, 1014).
  return error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22 || error.code === 1014;
}

/** Parses, migrates and checks a saved text; null when nothing in it can be used. */
export function readSavedText(text: string): CheckedState | null {
  let envelope: unknown;
  try {
    envelope = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof envelope !== 'object' || envelope === null || !('state' in envelope) || !('version' in envelope)) return null;
  const { state, version } = envelope as { state: unknown; version: unknown };
  if (typeof version !== 'number') return null;
  try {
    const current = version === STORE_VERSION ? state : migrateStoreState(state, version);
    return checkStoredState(current);
  } catch (error) {
    if (error instanceof StoreMigrationError) return null;
    throw error;
  }
}

export interface SafeStorageOptions {
  storage?: () => Storage;
  now?: () => Date;
}

export function createSafeStorage(options: SafeStorageOptions = {}): PersistStorage<PersistedState> {
  const getStorage = options.storage ?? (() => window.localStorage);
  const now = options.now ?? (() => new Date());
  // Set when a broken save could not be copied aside: writing would destroy it.
  let blocked = false;

  function storageOrNull(): Storage | null {
    try {
      return getStorage();
    } catch {
      reportStorageNotice({ kind: 'unavailable' });
      return null;
    }
  }

  function copyAside(storage: Storage, name: string, text: string): string | null {
    const prefix = corruptPrefix(name);
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      // The same broken save seen again on the next start is not copied twice.
      if (key?.startsWith(prefix) && storage.getItem(key) === text) return key;
    }
    const key = `${prefix}${now().toISOString()}`;
    try {
      storage.setItem(key, text);
      return key;
    } catch {
      return null;
    }
  }

  function load(storage: Storage, name: string): StorageValue<PersistedState> | null {
    const text = storage.getItem(name);
    if (text === null) return null;
    const checked = readSavedText(text);
    if (checked && checked.dropped === 0) {
      try {
        storage.setItem(backupKey(name), text);
      } catch {
        // A missing backup costs nothing today; the quota notice comes with the next real save.
      }
      return { state: checked.state, version: STORE_VERSION };
    }
    const aside = copyAside(storage, name, text);
    if (aside === null) {
      blocked = true;
      reportStorageNotice({ kind: 'saveBlocked' });
    }
    const key = aside ?? undefined;
    if (checked) {
      reportStorageNotice({ kind: 'partial', count: checked.dropped, key });
      return { state: checked.state, version: STORE_VERSION };
    }
    const backupText = storage.getItem(backupKey(name));
    const backup = backupText === null ? null : readSavedText(backupText);
    if (backup) {
      reportStorageNotice({ kind: 'restoredBackup', key });
      return { state: backup.state, version: STORE_VERSION };
    }
    reportStorageNotice({ kind: 'corrupt', key });
    return null;
  }

  return {
    getItem(name) {
      const storage = storageOrNull();
      if (!storage) return null;
      try {
        return load(storage, name);
      } catch {
        blocked = true;
        reportStorageNotice({ kind: 'unavailable' });
        return null;
      }
    },
    setItem(name, value) {
      if (blocked) return;
      const storage = storageOrNull();
      if (!storage) return;
      try {
        storage.setItem(name, JSON.stringify(value));
        clearStorageNotice('quota');
      } catch (error) {
        reportStorageNotice({ kind: isQuotaError(error) ? 'quota' : 'unavailable' });
      }
    },
    removeItem(name) {
      storageOrNull()?.removeItem(name);
    },
  };
}

/**
 * Another tab of the app saving the same key means the two will overwrite each other's
 * models: say so, so the user keeps to one tab (merging edits across tabs is not attempted).
 */
export function watchOtherTabs(name: string, target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === name) reportStorageNotice({ kind: 'otherTab' });
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}
