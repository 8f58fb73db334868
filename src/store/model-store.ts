/**
 * The store holds models, never computed figures: results are derived from the model.
 *
 * Screens use only `model`, `update` and `replace` (the active model). Around them:
 * - a library of several models (`library`, `activeId`) with open, add, duplicate,
 *   rename, delete and undo-delete (see library.ts);
 * - autosave to localStorage through a storage wrapper that never overwrites an
 *   unreadable save (safe-storage.ts) and versioned migrations (persisted.ts), written at
 *   idle time and at once when the page is hidden or closed (deferred-storage.ts);
 * - undo/redo (zundo): each `update`/`replace` of the active model is one step; switching
 *   models clears the history so undo never jumps into another model; the history of the
 *   active model survives a reload (history-persist.ts).
 */
import { create } from 'zustand';
import { persist, type PersistStorage } from 'zustand/middleware';
import { temporal } from 'zundo';
import type { Model } from '../engine/model';
import { exampleModels } from '../app/examples';
import {
  duplicateEntry, findEntry, makeEntry, neighbourId, removeEntry, restoreEntry, withModel,
  type DeletedEntry, type LibraryEntry,
} from './library';
import { STORE_KEY, STORE_VERSION, StoreMigrationError, checkStoredState, migrateStoreState, type PersistedState } from './persisted';
import { createSafeStorage, watchOtherTabs } from './safe-storage';
import { deferWrites, samePersisted } from './deferred-storage';
import { persistHistory, restoreHistory } from './history-persist';

export interface ModelState extends PersistedState {
  /** The active model (the entry `activeId` of the library). */
  model: Model;
  /** The last deleted model, until it is restored or forgotten (memory only). */
  recentlyDeleted: DeletedEntry | null;
  /** An edit by the user: one undoable step. The recipe returns a new model (no mutation). */
  update: (recipe: (model: Model) => Model) => void;
  /** Replaces the whole active model: one undoable step. */
  replace: (model: Model) => void;
  /** Adds a model to the library (new, example, opened file) and makes it active. */
  addModel: (model: Model) => string;
  openModel: (id: string) => void;
  /** Copies a model (placed right after it, not opened); returns the copy's id. */
  duplicateModel: (id: string, title: string) => string | null;
  /** The name is the model's title. Renaming the active model is an undoable edit. */
  renameModel: (id: string, name: string) => void;
  /** Deletes a model, keeping it in `recentlyDeleted`. The last model cannot be deleted. */
  deleteModel: (id: string) => boolean;
  undoDelete: () => void;
  forgetDeleted: () => void;
}

/** The steps undo walks through: the active model only, never UI or library state. */
type HistoryState = Pick<ModelState, 'model'>;

export const HISTORY_LIMIT = 200;

/** First run: the school example "Mestringskurs i ungdomsskolen". */
export function firstRunState(): Pick<ModelState, 'library' | 'activeId' | 'model' | 'recentlyDeleted'> {
  const entry = makeEntry(exampleModels()[0]!.model);
  return { library: [entry], activeId: entry.id, model: entry.model, recentlyDeleted: null };
}

/** The same migration and checks as the storage wrapper; persist calls it on a version change. */
function migrate(state: unknown, version: number): PersistedState {
  const checked = checkStoredState(migrateStoreState(state, version));
  if (!checked) throw new StoreMigrationError('Stored state has no usable model');
  return checked.state;
}

export interface ModelStoreOptions {
  name?: string;
  /** Default: localStorage made safe, written at idle time (`appStorage()`). */
  storage?: PersistStorage<PersistedState>;
}

/** The app's storage: the safe localStorage wrapper, its writes deferred to idle time. */
export function appStorage(): PersistStorage<PersistedState> {
  return deferWrites(createSafeStorage(), { same: samePersisted });
}

export function createModelStore(options: ModelStoreOptions = {}) {
  const store = create<ModelState>()(
    persist(
      temporal(
        (set, get) => {
          /** Makes `id` active; the history belongs to one model, so it starts afresh. */
          const activate = (library: LibraryEntry[], id: string, extra: Partial<ModelState> = {}) => {
            const entry = findEntry(library, id);
            if (!entry) return;
            set({ ...extra, library, activeId: id, model: entry.model });
            store.temporal.getState().clear();
          };
          const edit = (model: Model) => {
            const s = get();
            if (model === s.model) return;
            set({ model, library: withModel(s.library, s.activeId, model) });
          };
          return {
            ...firstRunState(),
            update: (recipe) => edit(recipe(get().model)),
            replace: (model) => edit(model),
            addModel: (model) => {
              const entry = makeEntry(model);
              activate([...get().library, entry], entry.id);
              return entry.id;
            },
            openModel: (id) => {
              if (id !== get().activeId) activate(get().library, id);
            },
            duplicateModel: (id, title) => {
              const s = get();
              const source = id === s.activeId ? withModel(s.library, id, s.model) : s.library;
              const result = duplicateEntry(source, id, title);
              if (!result) return null;
              set({ library: result.library });
              return result.id;
            },
            renameModel: (id, name) => {
              const s = get();
              if (id === s.activeId) return edit({ ...s.model, title: name });
              const entry = findEntry(s.library, id);
              if (entry) set({ library: withModel(s.library, id, { ...entry.model, title: name }) });
            },
            deleteModel: (id) => {
              const s = get();
              if (s.library.length <= 1) return false;
              const result = removeEntry(s.library, id, s.activeId);
              if (!result) return false;
              const { library, deleted } = result;
              if (!deleted.wasActive) {
                set({ library, recentlyDeleted: deleted });
              } else {
                activate(library, neighbourId(library, deleted.index) ?? '', { recentlyDeleted: deleted });
              }
              return true;
            },
            undoDelete: () => {
              const { recentlyDeleted, library } = get();
              if (!recentlyDeleted) return;
              const restored = restoreEntry(library, recentlyDeleted);
              if (recentlyDeleted.wasActive) activate(restored, recentlyDeleted.entry.id, { recentlyDeleted: null });
              else set({ library: restored, recentlyDeleted: null });
            },
            forgetDeleted: () => set({ recentlyDeleted: null }),
          };
        },
        {
          partialize: (s): HistoryState => ({ model: s.model }),
          // Reference equality suffices: edits always build a new model object.
          equality: (past, current) => past.model === current.model,
          limit: HISTORY_LIMIT,
        },
      ),
      {
        name: options.name ?? STORE_KEY,
        version: STORE_VERSION,
        storage: options.storage ?? appStorage(),
        partialize: (s): PersistedState => ({ library: withModel(s.library, s.activeId, s.model), activeId: s.activeId }),
        migrate,
        merge: (persisted, current) => {
          const p = persisted as PersistedState | undefined;
          const entry = p ? (findEntry(p.library, p.activeId) ?? p.library[0]) : undefined;
          if (!p || !entry) return current;
          return { ...current, library: p.library, activeId: entry.id, model: entry.model };
        },
      },
    ),
  );

  // Undo and redo set `model` alone; this keeps the library's copy of the active model
  // equal to it (and so what is saved). It adds no history step: `model` is unchanged.
  store.subscribe((s) => {
    const entry = findEntry(s.library, s.activeId);
    if (entry && entry.model !== s.model) store.setState({ library: withModel(s.library, s.activeId, s.model) });
  });

  return store;
}

export const useModelStore = createModelStore();
if (typeof window !== 'undefined') {
  watchOtherTabs(STORE_KEY);
  try {
    restoreHistory(useModelStore, window.sessionStorage);
    persistHistory(useModelStore, window.sessionStorage);
  } catch {
    // No sessionStorage (blocked by policy): undo works, but not across a reload.
  }
}

/** Back to a fresh first run in memory (tests; the saved state is reloaded by rehydrate). */
export function resetModelStore(store: ReturnType<typeof createModelStore> = useModelStore): void {
  store.setState(firstRunState());
  store.temporal.getState().clear();
}
