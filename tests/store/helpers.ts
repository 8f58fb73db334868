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
