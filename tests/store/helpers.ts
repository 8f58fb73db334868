import { createModelStore } from '../../src/store/model-store';
import { createSafeStorage } from '../../src/store/safe-storage';
import { useStorageNotice } from '../../src/store/storage-notice';

export const KEY = 'test-store';
export const NOW = new Date('2026-03-04T05:06:07.000Z');

/** A store as the app builds it, reading what the test put in jsdom's localStorage. */
export function freshStore() {
  return createModelStore({ name: KEY, storage: createSafeStorage({ now: () => NOW }) });
}

export function saved(state: unknown, version: number): string {
  return JSON.stringify({ state, version });
}

export function notices() {
  return useStorageNotice.getState().notices;
}

export function resetAll() {
  localStorage.clear();
  useStorageNotice.getState().reset();
}

/** Between component tests: the app's own store back to a first run, Norwegian, no notices. */
export async function resetAppStores() {
  const [{ resetModelStore }, { useLangStore }] = await Promise.all([
    import('../../src/store/model-store'),
    import('../../src/i18n/lang-store'),
  ]);
  resetModelStore();
  useLangStore.setState({ lang: 'nb' });
  resetAll();
}

/** A scheduler the test runs by hand: `runIdle()` is the browser becoming idle. */
export function manualScheduler() {
  const tasks: (() => void)[] = [];
  return {
    schedule: (task: () => void) => {
      tasks.push(task);
      return () => {
        const i = tasks.indexOf(task);
        if (i >= 0) tasks.splice(i, 1);
      };
    },
    runIdle: () => tasks.splice(0).forEach((task) => task()),
    waiting: () => tasks.length,
  };
}

/** A page of its own: `hide()` and `pageHide()` fire what the browser fires when the tab goes away. */
export function fakePage() {
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  const win = new EventTarget();
  return {
    lifecycle: { window: win, document: doc },
    pageHide: () => win.dispatchEvent(new Event('pagehide')),
    setVisibility: (state: DocumentVisibilityState) => {
      doc.visibilityState = state;
      doc.dispatchEvent(new Event('visibilitychange'));
    },
  };
}
