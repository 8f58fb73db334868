// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Model } from '../../src/engine/model';
import { deferWrites, samePersisted } from '../../src/store/deferred-storage';
import { createModelStore } from '../../src/store/model-store';
import { FALLBACK_DELAY_MS } from '../../src/store/idle-writer';
import { createSafeStorage } from '../../src/store/safe-storage';
import { aModel } from '../builders';
import { KEY, NOW, fakePage, manualScheduler, notices, resetAll } from './helpers';

const retitle = (title: string) => (m: Model): Model => ({ ...m, title });
const savedTitle = () => {
  const text = localStorage.getItem(KEY);
  if (text === null) return null;
  const { state } = JSON.parse(text) as { state: { library: { id: string; model: Model }[]; activeId: string } };
  return state.library.find((e) => e.id === state.activeId)!.model.title;
};

let idle: ReturnType<typeof manualScheduler>;
let page: ReturnType<typeof fakePage>;
/** Writes of the saved store itself (not its backup or other keys). */
let writes: () => number;

/** The store as the app builds it: safe localStorage, writes deferred to idle time. */
function appLikeStore(storage: () => Storage = () => localStorage) {
  const deferred = deferWrites(createSafeStorage({ storage, now: () => NOW }), {
    same: samePersisted, schedule: idle.schedule, lifecycle: page.lifecycle,
  });
  return { store: createModelStore({ name: KEY, storage: deferred }), deferred };
}

beforeEach(() => {
  resetAll();
  idle = manualScheduler();
  page = fakePage();
  const setItem = vi.spyOn(Storage.prototype, 'setItem');
  writes = () => setItem.mock.calls.filter(([key]) => key === KEY).length;
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('saving at idle time', () => {
  it('several edits in a row make one write, of the last state', () => {
    const { store } = appLikeStore();
    for (const title of ['En', 'To', 'Tre']) store.getState().update(retitle(title));
    expect(writes()).toBe(0);
    expect(savedTitle()).toBeNull();
    idle.runIdle();
    expect(writes()).toBe(1);
    expect(savedTitle()).toBe('Tre');
  });

  it.each([
    ['pagehide', () => page.pageHide()],
    ['the tab being hidden', () => page.setVisibility('hidden')],
  ])('%s writes the pending edit at once, and a reload finds it', (_name, leave) => {
    const { store } = appLikeStore();
    store.getState().update(retitle('Før idle'));
    leave();
    expect(writes()).toBe(1);
    idle.runIdle();
    expect(writes()).toBe(1);
    // A reload: a new store on the same storage.
    expect(appLikeStore().store.getState().model.title).toBe('Før idle');
  });

  it('undo and switching models are saved the same way', () => {
    const { store } = appLikeStore();
    store.getState().update(retitle('Første'));
    store.getState().update(retitle('Andre'));
    store.temporal.getState().undo();
    const id = store.getState().addModel(aModel({ title: 'Ny' }));
    idle.runIdle();
    expect(writes()).toBe(1);
    const reloaded = appLikeStore().store.getState();
    expect(reloaded.activeId).toBe(id);
    expect(reloaded.library.map((e) => e.name)).toEqual(['Første', 'Ny']);
  });

  it('a full storage is reported when the deferred write fails, and the edit stays in the app', () => {
    const full = {
      getItem: (k: string) => localStorage.getItem(k),
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      removeItem: (k: string) => localStorage.removeItem(k),
      key: (i: number) => localStorage.key(i),
      get length() {
        return localStorage.length;
      },
      clear: () => localStorage.clear(),
    } satisfies Storage;
    let storage: Storage = full;
    const { store } = appLikeStore(() => storage);
    store.getState().update(retitle('Får ikke plass'));
    expect(notices()).toEqual([]);
    idle.runIdle();
    expect(notices()).toMatchObject([{ kind: 'quota' }]);
    expect(store.getState().model.title).toBe('Får ikke plass');

    // Room again: the next save goes through and the notice goes away.
    storage = localStorage;
    store.getState().update(retitle('Nå er det plass'));
    idle.runIdle();
    expect(notices()).toEqual([]);
    expect(savedTitle()).toBe('Nå er det plass');
  });

  it('nothing is written when nothing saved has changed', () => {
    const { store } = appLikeStore();
    idle.runIdle();
    page.pageHide();
    expect(localStorage.getItem(KEY)).toBeNull();

    store.getState().update(retitle('Lagret'));
    idle.runIdle();
    expect(writes()).toBe(1);
    // State that is not saved, opening the model that is open, an edit that changes nothing.
    store.getState().forgetDeleted();
    store.getState().openModel(store.getState().activeId);
    store.getState().update((m) => m);
    expect(idle.waiting()).toBe(0);
    page.pageHide();
    expect(writes()).toBe(1);
    // Likewise after a reload: loading the save does not write it back.
    const reloaded = appLikeStore();
    reloaded.store.getState().forgetDeleted();
    idle.runIdle();
    page.pageHide();
    expect(writes()).toBe(1);
  });

  it('a read of the save first writes what is pending', () => {
    const { store, deferred } = appLikeStore();
    store.getState().update(retitle('Uskrevet'));
    expect(deferred.pending()).toBe(true);
    const read = deferred.getItem(KEY) as { state: { library: { name: string }[] } } | null;
    expect(read?.state.library[0]!.name).toBe('Uskrevet');
    expect(deferred.pending()).toBe(false);
  });

  it('removing the save drops a pending write of it', () => {
    const { store, deferred } = appLikeStore();
    store.getState().update(retitle('Borte'));
    store.persist.clearStorage();
    idle.runIdle();
    page.pageHide();
    expect(deferred.pending()).toBe(false);
    expect(localStorage.getItem(KEY)).toBeNull();
  });
});

describe("the app's store", () => {
  it('saves at idle time by default, and at once on this page’s pagehide', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers();
    const store = createModelStore({ name: KEY });
    store.getState().update(retitle('Ved idle'));
    expect(savedTitle()).toBeNull();
    vi.advanceTimersByTime(FALLBACK_DELAY_MS);
    expect(savedTitle()).toBe('Ved idle');

    store.getState().update(retitle('Ved lukking'));
    window.dispatchEvent(new Event('pagehide'));
    expect(savedTitle()).toBe('Ved lukking');
  });
});
