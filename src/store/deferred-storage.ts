/**
 * A zustand `persist` storage that saves at idle time (see idle-writer.ts). `persist` calls
 * setItem after every set(); this keeps only the latest value per key and hands it to the
 * wrapped storage (safe-storage.ts) when the writer runs, so the JSON text of the library
 * is built and written once per burst of edits, off the keystroke. Errors of the wrapped
 * storage (a full quota) are reported by it, at the moment the deferred write fails.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { createIdleWriter, type IdleWriterOptions } from './idle-writer';
import type { PersistedState } from './persisted';

export interface DeferredStorageOptions<S> extends IdleWriterOptions {
  /**
   * True when `next` saves nothing new over `saved` (the value last written or read), so
   * no write is made; e.g. a set() of state that is not saved, or an edit undone before
   * the write ran. Without it every setItem writes.
   */
  same?: (saved: StorageValue<S>, next: StorageValue<S>) => boolean;
}

export interface DeferredStorage<S> extends PersistStorage<S> {
  /** Writes what is due now. */
  flush(): void;
  /** Whether a write is waiting. */
  pending(): boolean;
  /** Flushes and stops listening to the page's events. */
  dispose(): void;
}

export function deferWrites<S>(inner: PersistStorage<S>, options: DeferredStorageOptions<S> = {}): DeferredStorage<S> {
  const due = new Map<string, StorageValue<S>>();
  const saved = new Map<string, StorageValue<S>>();
  const same = options.same ?? (() => false);

  const writer = createIdleWriter(() => {
    const batch = [...due];
    due.clear();
    for (const [name, value] of batch) {
      saved.set(name, value);
      void inner.setItem(name, value);
    }
  }, options);

  return {
    getItem(name) {
      // A read must see the last set(): write it first.
      writer.flush();
      const value = inner.getItem(name);
      const remember = (v: StorageValue<S> | null) => {
        if (v) saved.set(name, v);
        else saved.delete(name);
        return v;
      };
      return isThenable(value) ? value.then(remember) : remember(value);
    },
    setItem(name, value) {
      const last = saved.get(name);
      if (last && same(last, value)) {
        // Back to what is saved already (or nothing new at all): no write for this key.
        due.delete(name);
        if (due.size === 0) writer.cancel();
        return;
      }
      due.set(name, value);
      writer.schedule();
    },
    removeItem(name) {
      due.delete(name);
      saved.delete(name);
      if (due.size === 0) writer.cancel();
      return inner.removeItem(name);
    },
    flush: () => writer.flush(),
    pending: () => writer.pending(),
    dispose: () => writer.dispose(),
  };
}

function isThenable<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/**
 * No change to save: the same version, active model and library entries. Entries are
 * replaced, never changed in place, so the same entry object means the same content.
 */
export function samePersisted(a: StorageValue<PersistedState>, b: StorageValue<PersistedState>): boolean {
  return (
    a.version === b.version &&
    a.state.activeId === b.state.activeId &&
    a.state.library.length === b.state.library.length &&
    a.state.library.every((entry, i) => entry === b.state.library[i])
  );
}
