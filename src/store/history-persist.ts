/**
 * Keeps the undo history of the active model in sessionStorage, so a reload (or a crash
 * of the tab) does not take away the user's way back. sessionStorage belongs to the tab:
 * a second tab starts with its own history. What is stored is checked like any model
 * before it is trusted; anything unreadable is simply dropped — the model itself lives
 * in the main save and is never touched here.
 */
import { parseModel } from '../engine/parse';
import type { Model } from '../engine/model';
import type { createModelStore } from './model-store';
import { createIdleWriter, whenLeaving, type IdleWriterOptions } from './idle-writer';

export const HISTORY_KEY = 'gevinstkart-history';
/** sessionStorage holds about 5 MB; the history gives way long before the save would. */
export const HISTORY_MAX_CHARS = 2_000_000;

type Store = ReturnType<typeof createModelStore>;
interface SavedHistory {
  activeId: string;
  past: Model[];
  future: Model[];
}

function checked(list: unknown): Model[] | null {
  if (!Array.isArray(list)) return null;
  const models: Model[] = [];
  for (const item of list) {
    const outcome = parseModel(item);
    if (!outcome.ok) return null;
    models.push(outcome.model);
  }
  return models;
}

/** Puts back the history saved for the model that is active now, if there is one. */
export function restoreHistory(store: Store, storage: Storage): void {
  let saved: Partial<SavedHistory>;
  try {
    saved = JSON.parse(storage.getItem(HISTORY_KEY) ?? 'null') as Partial<SavedHistory>;
  } catch {
    return;
  }
  if (!saved || saved.activeId !== store.getState().activeId) return;
  const past = checked(saved.past);
  const future = checked(saved.future);
  if (!past || !future) return;
  store.temporal.setState({ pastStates: past.map((model) => ({ model })), futureStates: future.map((model) => ({ model })) });
}

/**
 * Saves the history when the page is hidden or goes away (a reload always fires pagehide),
 * and by the returned stop(); not after each edit. A write serialises up to HISTORY_LIMIT
 * models (2 MB and 100–200 ms with a large model), which even at idle time would hold up
 * the result of the next edit. A crash loses the undo steps, never the model (saved on its
 * own, model-store.ts). The oldest steps go first when it grows too large.
 */
export function persistHistory(store: Store, storage: Storage, options: IdleWriterOptions = {}): () => void {
  /** What the last write saved: the history and model it belonged to (arrays are replaced on change). */
  let written: { activeId: string; pastStates: unknown; futureStates: unknown } | null = null;
  const write = () => {
    const { pastStates, futureStates } = store.temporal.getState();
    const activeId = store.getState().activeId;
    if (written && written.activeId === activeId && written.pastStates === pastStates && written.futureStates === futureStates) return;
    written = { activeId, pastStates, futureStates };
    const future = futureStates.map((s) => s.model).filter((m): m is Model => m !== undefined);
    let past = pastStates.map((s) => s.model).filter((m): m is Model => m !== undefined);
    let text = JSON.stringify({ activeId, past, future } satisfies SavedHistory);
    while (text.length > HISTORY_MAX_CHARS && past.length > 0) {
      past = past.slice(Math.ceil(past.length / 4));
      text = JSON.stringify({ activeId, past, future } satisfies SavedHistory);
    }
    try {
      storage.setItem(HISTORY_KEY, text.length > HISTORY_MAX_CHARS ? JSON.stringify({ activeId: '', past: [], future: [] }) : text);
    } catch {
      // A full sessionStorage costs only the way back after a reload, never the model.
      storage.removeItem(HISTORY_KEY);
    }
  };
  const writer = createIdleWriter(write, { schedule: whenLeaving, ...options });
  const unsubscribe = store.temporal.subscribe(() => writer.schedule());
  return () => {
    unsubscribe();
    writer.dispose();
  };
}
