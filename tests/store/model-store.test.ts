// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { aModel } from '../builders';
import { HISTORY_LIMIT } from '../../src/store/model-store';
import { findEntry } from '../../src/store/library';
import type { Model } from '../../src/engine/model';
import { KEY, freshStore, resetAll } from './helpers';

const retitle = (title: string) => (m: Model): Model => ({ ...m, title });

let store: ReturnType<typeof freshStore>;
const s = () => store.getState();
const history = () => store.temporal.getState();

beforeEach(() => {
  resetAll();
  store = freshStore();
});

describe('undo and redo', () => {
  it('each update is one step: undo brings the model back, redo forward again', () => {
    const first = s().model;
    s().update(retitle('A'));
    s().update(retitle('B'));
    history().undo();
    expect(s().model.title).toBe('A');
    history().undo();
    expect(s().model).toBe(first);
    history().redo();
    expect(s().model.title).toBe('A');
  });

  it('replace is one step too', () => {
    const first = s().model;
    s().replace(aModel({ title: 'Erstattet' }));
    history().undo();
    expect(s().model).toBe(first);
  });

  it('an update that returns the same model adds no step', () => {
    s().update((m) => m);
    expect(history().pastStates).toHaveLength(0);
  });

  it('library changes that do not touch the active model add no step', () => {
    const other = s().addModel(aModel({ title: 'Annen' }));
    s().openModel(s().library[0]!.id);
    s().renameModel(other, 'Omdøpt');
    s().duplicateModel(other, 'Kopi');
    s().forgetDeleted();
    expect(history().pastStates).toHaveLength(0);
  });

  it(`keeps at most ${HISTORY_LIMIT} steps`, () => {
    for (let i = 0; i < HISTORY_LIMIT + 15; i++) s().update(retitle(`v${i}`));
    expect(history().pastStates).toHaveLength(HISTORY_LIMIT);
  });

  it('an undone edit is what the library holds and what is saved', () => {
    s().update(retitle('A'));
    s().update(retitle('B'));
    history().undo();
    expect(findEntry(s().library, s().activeId)!.model).toBe(s().model);
    expect(findEntry(s().library, s().activeId)!.name).toBe('A');
    const savedState = JSON.parse(localStorage.getItem(KEY)!).state;
    expect(savedState.library[0].model.title).toBe('A');
  });

  it('the history holds models only, never UI or library state', () => {
    s().update(retitle('A'));
    expect(Object.keys(history().pastStates[0]!)).toEqual(['model']);
  });
});

describe('several models', () => {
  it('adding a model makes it active and keeps the old one', () => {
    const before = s().model;
    const id = s().addModel(aModel({ title: 'Ny' }));
    expect(s().activeId).toBe(id);
    expect(s().model.title).toBe('Ny');
    expect(s().library.map((e) => e.model)).toContain(before);
  });

  it('switching models clears the history, so undo never jumps across models', () => {
    const firstId = s().activeId;
    s().update(retitle('Endret A'));
    const otherId = s().addModel(aModel({ title: 'B' }));
    expect(history().pastStates).toHaveLength(0);
    history().undo();
    expect(s().model.title).toBe('B');
    s().update(retitle('Endret B'));
    s().openModel(firstId);
    history().undo();
    expect(s().model.title).toBe('Endret A');
    expect(findEntry(s().library, otherId)!.model.title).toBe('Endret B');
  });

  it('renaming the active model changes its title and can be undone', () => {
    const old = s().model.title;
    s().renameModel(s().activeId, 'Nytt navn');
    expect(s().model.title).toBe('Nytt navn');
    history().undo();
    expect(s().model.title).toBe(old);
  });

  it('renaming another model leaves the active one alone', () => {
    const other = s().addModel(aModel({ title: 'B' }));
    s().openModel(s().library[0]!.id);
    const active = s().model;
    s().renameModel(other, 'B2');
    expect(findEntry(s().library, other)!.name).toBe('B2');
    expect(s().model).toBe(active);
  });

  it('a duplicate copies the current edits of the active model, without opening it', () => {
    s().update(retitle('Redigert'));
    const activeId = s().activeId;
    const copy = s().duplicateModel(activeId, 'Redigert (kopi)')!;
    expect(s().activeId).toBe(activeId);
    expect(findEntry(s().library, copy)!.model).toEqual({ ...s().model, title: 'Redigert (kopi)' });
  });
});

describe('delete and undo delete', () => {
  it('the last model cannot be deleted', () => {
    expect(s().deleteModel(s().activeId)).toBe(false);
    expect(s().library).toHaveLength(1);
  });

  it('deleting another model keeps the active one; undo puts it back in its place', () => {
    const a = s().activeId;
    const b = s().addModel(aModel({ title: 'B' }));
    const c = s().addModel(aModel({ title: 'C' }));
    s().openModel(a);
    s().update(retitle('A redigert'));
    expect(s().deleteModel(b)).toBe(true);
    expect(s().library.map((e) => e.id)).toEqual([a, c]);
    expect(s().recentlyDeleted?.entry.name).toBe('B');
    // Deleting something else does not cost the user their undo history.
    expect(history().pastStates).toHaveLength(1);
    s().undoDelete();
    expect(s().library.map((e) => e.id)).toEqual([a, b, c]);
    expect(s().activeId).toBe(a);
    expect(s().recentlyDeleted).toBeNull();
  });

  it('deleting the active model opens its neighbour; undo reopens it', () => {
    const a = s().activeId;
    const b = s().addModel(aModel({ title: 'B' }));
    s().update(retitle('B redigert'));
    s().deleteModel(b);
    expect(s().activeId).toBe(a);
    expect(history().pastStates).toHaveLength(0);
    s().undoDelete();
    expect(s().activeId).toBe(b);
    expect(s().model.title).toBe('B redigert');
  });

  it('a deleted model is gone from what is saved, and back after undo', () => {
    const b = s().addModel(aModel({ title: 'B' }));
    s().deleteModel(b);
    const ids = () => JSON.parse(localStorage.getItem(KEY)!).state.library.map((e: { id: string }) => e.id);
    expect(ids()).not.toContain(b);
    s().undoDelete();
    expect(ids()).toContain(b);
  });
});

describe('saved state', () => {
  it('holds the library and the active id, and no Decimal objects or results', () => {
    s().update(retitle('X'));
    const state = JSON.parse(localStorage.getItem(KEY)!).state;
    expect(Object.keys(state).sort()).toEqual(['activeId', 'library']);
    expect(JSON.stringify(state)).not.toMatch(/pvCosts|npv/);
  });

  it('a restart opens the same active model among several', () => {
    s().addModel(aModel({ title: 'B' }));
    const c = s().addModel(aModel({ title: 'C' }));
    const again = freshStore().getState();
    expect(again.library.map((e) => e.name)).toEqual(s().library.map((e) => e.name));
    expect(again.activeId).toBe(c);
    expect(again.model.title).toBe('C');
  });
});
