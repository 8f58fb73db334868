/**
 * Problems with the browser's storage that the user must hear about. The storage wrapper
 * raises them; a dismissable role="alert" region shows them in the chosen language.
 * Kept in memory only: a notice about storage must not depend on storage.
 */
import { create } from 'zustand';

export type StorageNoticeKind =
  /** The save could not be read at all (broken JSON, unknown version); started on the example. */
  | 'corrupt'
  /** The save could not be read, and the last good copy (backup) was loaded instead. */
  | 'restoredBackup'
  /** Some saved models failed the checks and were left out; the rest opened. */
  | 'partial'
  /** The browser's storage is full: the latest changes are not saved. */
  | 'quota'
  /** Storage is blocked or failed otherwise: changes are not saved. */
  | 'unavailable'
  /** A broken save could not be copied aside, so saving is paused to avoid overwriting it. */
  | 'saveBlocked'
  /** Another tab saved models too: the two tabs would overwrite each other. */
  | 'otherTab';

export interface StorageNotice {
  id: number;
  kind: StorageNoticeKind;
  /** Where the unreadable save was copied, so it can be recovered by hand. */
  key?: string;
  /** How many models were left out ('partial'). */
  count?: number;
}

interface NoticeState {
  notices: StorageNotice[];
  report: (notice: Omit<StorageNotice, 'id'>) => void;
  dismiss: (id: number) => void;
  reset: () => void;
}

let nextId = 1;

export const useStorageNotice = create<NoticeState>()((set) => ({
  notices: [],
  // The same kind twice (a full disk on every keystroke) shows once, with its latest details.
  report: (notice) =>
    set((s) => ({
      notices: [...s.notices.filter((n) => n.kind !== notice.kind), { ...notice, id: nextId++ }],
    })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  reset: () => set({ notices: [] }),
}));

export function reportStorageNotice(notice: Omit<StorageNotice, 'id'>): void {
  useStorageNotice.getState().report(notice);
}

/** Clears the quota notice once a save succeeds again, so stale warnings do not linger. */
export function clearStorageNotice(kind: StorageNoticeKind): void {
  const s = useStorageNotice.getState();
  if (s.notices.some((n) => n.kind === kind)) useStorageNotice.setState({ notices: s.notices.filter((n) => n.kind !== kind) });
}
