/**
 * Several models side by side: pure functions over the library, so the store's actions
 * stay one-liners and the rules (unique ids, names follow titles, a deleted entry can come
 * back where it was) are tested without React or storage.
 */
import type { Model } from '../engine/model';

export interface LibraryEntry {
  id: string;
  /** The model's title, kept here so the list needs no model to show it. */
  name: string;
  /** ISO 8601 time of the last change. */
  updatedAt: string;
  model: Model;
}

/** A deleted entry and where it stood, so "Undo" puts it back in the same place. */
export interface DeletedEntry {
  entry: LibraryEntry;
  index: number;
  wasActive: boolean;
}

let counter = 0;
/** Ids only need to be unique in one browser's library; no crypto needed. */
export function newEntryId(now: number = Date.now()): string {
  counter = (counter + 1) % 1_000_000;
  return `m-${now.toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function makeEntry(model: Model, now: Date = new Date(), id: string = newEntryId(now.getTime())): LibraryEntry {
  return { id, name: model.title, updatedAt: now.toISOString(), model };
}

export function findEntry(library: readonly LibraryEntry[], id: string): LibraryEntry | undefined {
  return library.find((e) => e.id === id);
}

/** Writes `model` into entry `id`, keeping the name equal to the title. */
export function withModel(library: readonly LibraryEntry[], id: string, model: Model, now: Date = new Date()): LibraryEntry[] {
  return library.map((e) =>
    e.id === id && e.model !== model ? { ...e, model, name: model.title, updatedAt: now.toISOString() } : e,
  );
}

/** Inserts a copy of entry `id` right after it, titled `title`. */
export function duplicateEntry(
  library: readonly LibraryEntry[],
  id: string,
  title: string,
  now: Date = new Date(),
): { library: LibraryEntry[]; id: string } | null {
  const index = library.findIndex((e) => e.id === id);
  const source = library[index];
  if (!source) return null;
  const copy = makeEntry({ ...source.model, title }, now);
  return { library: [...library.slice(0, index + 1), copy, ...library.slice(index + 1)], id: copy.id };
}

export function removeEntry(
  library: readonly LibraryEntry[],
  id: string,
  activeId: string,
): { library: LibraryEntry[]; deleted: DeletedEntry } | null {
  const index = library.findIndex((e) => e.id === id);
  const entry = library[index];
  if (!entry) return null;
  return {
    library: library.filter((e) => e.id !== id),
    deleted: { entry, index, wasActive: id === activeId },
  };
}

/** Puts a deleted entry back at its old place (or at the end if the list got shorter). */
export function restoreEntry(library: readonly LibraryEntry[], deleted: DeletedEntry): LibraryEntry[] {
  if (findEntry(library, deleted.entry.id)) return [...library];
  const at = Math.min(deleted.index, library.length);
  return [...library.slice(0, at), deleted.entry, ...library.slice(at)];
}

/** The entry to show after `removedIndex` went: its successor, else its predecessor. */
export function neighbourId(library: readonly LibraryEntry[], removedIndex: number): string | undefined {
  return (library[removedIndex] ?? library[removedIndex - 1] ?? library[0])?.id;
}

/** Same content (ids and all): used to avoid adding a second untouched copy of an example. */
export function sameModel(a: Model, b: Model): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
