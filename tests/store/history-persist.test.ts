// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HISTORY_KEY, HISTORY_MAX_CHARS, persistHistory, restoreHistory } from '../../src/store/history-persist';
import { FALLBACK_DELAY_MS, IDLE_TIMEOUT_MS } from '../../src/store/idle-writer';
import { fakePage, freshStore, manualScheduler, resetAll } from './helpers';

const retitle = (title: string) => (m: { title: string }) => ({ ...m, title });

describe('the undo history survives a reload', () => {
  beforeEach(() => {
    resetAll();
    sessionStorage.clear();
  });

  it('a new store (a reloaded page) can undo every step made before the reload, and redo them', () => {
    const before = freshStore();
    const stop = persistHistory(before, sessionStorage);
    const original = before.getState().model.title;
    before.getState().update((m) => retitle('Første')(m) as typeof m);
    before.getState().update((m) => retitle('Andre')(m) as typeof m);
    before.temporal.getState().undo();
    stop();

    const after = freshStore();
    expect(after.getState().model.title).toBe('Første');
    restoreHistory(after, sessionStorage);
    after.temporal.getState().undo();
    expect(after.getState().model.title).toBe(original);
    after.temporal.getState().redo();
    after.temporal.getState().redo();
    expect(after.getState().model.title).toBe('Andre');
  });

  it('history saved for another model is not applied', () => {
    const before = freshStore();
    const stop = persistHistory(before, sessionStorage);
    before.getState().update((m) => ({ ...m, title: 'Endret' }));
    stop();
    const saved = JSON.parse(sessionStorage.getItem(HISTORY_KEY)!) as { activeId: string };
    sessionStorage.setItem(HISTORY_KEY, JSON.stringify({ ...saved, activeId: 'another-model' }));
    const after = freshStore();
    restoreHistory(after, sessionStorage);
    expect(after.temporal.getState().pastStates).toHaveLength(0);
  });

  it.each([
    ['unreadable text', '{not json'],
    ['a step that is not a valid model', JSON.stringify({ activeId: 'x', past: [{ format: 'nope' }], future: [] })],
  ])('%s is dropped, and the model itself is untouched', (_name, text) => {
    const store = freshStore();
    const model = store.getState().model;
    sessionStorage.setItem(HISTORY_KEY, text.replace('"x"', JSON.stringify(store.getState().activeId)));
    restoreHistory(store, sessionStorage);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(store.getState().model).toBe(model);
  });

  it('a history too large for the tab keeps its newest steps within the limit', () => {
    const store = freshStore();
    const stop = persistHistory(store, sessionStorage);
    const long = 'x'.repeat(200_000);
    for (let i = 0; i < 15; i++) store.getState().update((m) => ({ ...m, description: `${i}${long}` }));
    stop();
    const text = sessionStorage.getItem(HISTORY_KEY)!;
    expect(text.length).toBeLessThanOrEqual(HISTORY_MAX_CHARS);
    const saved = JSON.parse(text) as { past: { description: string }[] };
    expect(saved.past.length).toBeGreaterThan(0);
    expect(saved.past.at(-1)!.description.startsWith('13')).toBe(true);
  });
});

describe('the undo history is saved at idle time', () => {
  let idle: ReturnType<typeof manualScheduler>;
  let page: ReturnType<typeof fakePage>;
  let writes: () => number;
  beforeEach(() => {
    resetAll();
    sessionStorage.clear();
    idle = manualScheduler();
    page = fakePage();
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    writes = () => setItem.mock.calls.filter(([key]) => key === HISTORY_KEY).length;
  });
  afterEach(() => vi.restoreAllMocks());

  const saved = () => JSON.parse(sessionStorage.getItem(HISTORY_KEY) ?? 'null') as { past: { title: string }[] } | null;

  it('by default waits for the page to go away: no write after an edit, even at idle time; one on pagehide', async () => {
    const store = freshStore();
    const stop = persistHistory(store, sessionStorage);
    store.getState().update((m) => retitle('Uten skriving')(m) as typeof m);
    await new Promise((resolve) => setTimeout(resolve, FALLBACK_DELAY_MS + IDLE_TIMEOUT_MS));
    expect(sessionStorage.getItem(HISTORY_KEY)).toBeNull();
    window.dispatchEvent(new Event('pagehide'));
    const saved = JSON.parse(sessionStorage.getItem(HISTORY_KEY)!) as { past: unknown[] };
    expect(saved.past).toHaveLength(1);
    stop();
  });

  it('several edits make one write, with every step', () => {
    const store = freshStore();
    const stop = persistHistory(store, sessionStorage, { schedule: idle.schedule, lifecycle: page.lifecycle });
    for (const title of ['En', 'To', 'Tre']) store.getState().update((m) => ({ ...m, title }));
    expect(writes()).toBe(0);
    idle.runIdle();
    expect(writes()).toBe(1);
    expect(saved()!.past.map((m) => m.title).slice(1)).toEqual(['En', 'To']);
    stop();
  });

  it('pagehide writes the pending history at once, so a reload can undo the last edit', () => {
    const before = freshStore();
    const stop = persistHistory(before, sessionStorage, { schedule: idle.schedule, lifecycle: page.lifecycle });
    const original = before.getState().model.title;
    before.getState().update((m) => ({ ...m, title: 'Rett før lukking' }));
    page.pageHide();
    expect(writes()).toBe(1);
    const after = freshStore();
    restoreHistory(after, sessionStorage);
    after.temporal.getState().undo();
    expect(after.getState().model.title).toBe(original);
    stop();
  });

  it('nothing is written when the history has not changed', () => {
    const store = freshStore();
    const stop = persistHistory(store, sessionStorage, { schedule: idle.schedule, lifecycle: page.lifecycle });
    store.getState().update((m) => ({ ...m, title: 'Én endring' }));
    idle.runIdle();
    expect(writes()).toBe(1);
    // Pausing and resuming the history changes the temporal store, not the steps.
    store.temporal.getState().pause();
    store.temporal.getState().resume();
    idle.runIdle();
    page.pageHide();
    stop();
    expect(writes()).toBe(1);
  });
});
