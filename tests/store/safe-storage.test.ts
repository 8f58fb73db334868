// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aModel } from '../builders';
import { STORE_VERSION } from '../../src/store/persisted';
import { backupKey, corruptPrefix, isQuotaError, watchOtherTabs } from '../../src/store/safe-storage';
import { KEY, NOW, freshStore, notices, resetAll, saved } from './helpers';

const SCHOOL = 'Mestringskurs i ungdomsskolen';
const entry = (id: string, model: unknown = aModel({ title: id })) => ({ id, name: id, updatedAt: NOW.toISOString(), model });
const corruptKeys = () => Object.keys(localStorage).filter((k) => k.startsWith(corruptPrefix(KEY)));
const rename = (title: string) => (m: ReturnType<typeof aModel>) => ({ ...m, title });

beforeEach(resetAll);
afterEach(() => vi.restoreAllMocks());

describe('first run and saving', () => {
  it('with nothing saved, opens the school example and reports nothing', () => {
    const store = freshStore();
    expect(store.getState().model.title).toBe(SCHOOL);
    expect(notices()).toEqual([]);
  });

  it('an edit is saved with the store version, and a new start finds it', () => {
    freshStore().getState().update(rename('Lagret'));
    expect(JSON.parse(localStorage.getItem(KEY)!).version).toBe(STORE_VERSION);
    expect(freshStore().getState().model.title).toBe('Lagret');
  });

  it('a clean load is copied to the backup key', () => {
    const text = saved({ library: [entry('a')], activeId: 'a' }, STORE_VERSION);
    localStorage.setItem(KEY, text);
    freshStore();
    expect(localStorage.getItem(backupKey(KEY))).toBe(text);
  });
});

describe('an old saved state', () => {
  it('of store version 1 (one model) opens, migrated into the library', () => {
    localStorage.setItem(KEY, saved({ model: aModel({ title: 'Fra versjon 1' }) }, 1));
    const s = freshStore().getState();
    expect(s.model.title).toBe('Fra versjon 1');
    expect(s.library).toHaveLength(1);
    expect(notices()).toEqual([]);
  });
});

describe('an unreadable save', () => {
  it.each([
    ['broken JSON', '{"state": {"library": [', 'corrupt'],
    ['a newer store version', saved({ library: [entry('a')], activeId: 'a' }, STORE_VERSION + 1), 'corrupt'],
    ['no envelope', JSON.stringify([1, 2, 3]), 'corrupt'],
    ['only invalid models', saved({ library: [entry('a', { ...aModel(), years: 0 })], activeId: 'a' }, STORE_VERSION), 'corrupt'],
  ])('(%s) is kept aside untouched, the user is told, and the app starts on the example', (_label, text, kind) => {
    localStorage.setItem(KEY, text);
    const store = freshStore();
    expect(store.getState().model.title).toBe(SCHOOL);
    const aside = `${corruptPrefix(KEY)}${NOW.toISOString()}`;
    expect(localStorage.getItem(aside)).toBe(text);
    expect(notices()).toMatchObject([{ kind, key: aside }]);
    // Work continues and is saved, but the copy aside is never overwritten.
    store.getState().update(rename('Videre'));
    expect(localStorage.getItem(aside)).toBe(text);
    expect(JSON.parse(localStorage.getItem(KEY)!).state.library[0].name).toBe('Videre');
  });

  it('seen again on the next start is not copied a second time', () => {
    localStorage.setItem(KEY, '{oops');
    freshStore();
    freshStore();
    expect(corruptKeys()).toHaveLength(1);
  });

  it('falls back to the last good copy when there is one', () => {
    localStorage.setItem(KEY, saved({ library: [entry('God')], activeId: 'God' }, STORE_VERSION));
    freshStore(); // loads cleanly: the backup is written
    localStorage.setItem(KEY, '{oops');
    const store = freshStore();
    expect(store.getState().model.title).toBe('God');
    expect(notices()).toMatchObject([{ kind: 'restoredBackup' }]);
    expect(corruptKeys()).toHaveLength(1);
  });

  it('with some broken models opens the rest and keeps the whole save aside', () => {
    const text = saved({ library: [entry('a'), entry('b', { format: 'nope' })], activeId: 'b' }, STORE_VERSION);
    localStorage.setItem(KEY, text);
    const s = freshStore().getState();
    expect(s.library.map((e) => e.id)).toEqual(['a']);
    expect(s.model.title).toBe('a');
    expect(notices()).toMatchObject([{ kind: 'partial', count: 1 }]);
    expect(localStorage.getItem(corruptKeys()[0]!)).toBe(text);
  });

  it('that cannot be copied aside is not overwritten: saving pauses and the user is told', () => {
    localStorage.setItem(KEY, '{oops');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const store = freshStore();
    vi.restoreAllMocks();
    store.getState().update(rename('Ikke lagret'));
    expect(localStorage.getItem(KEY)).toBe('{oops');
    expect(notices().map((n) => n.kind)).toContain('saveBlocked');
  });
});

describe('a full storage', () => {
  it('is reported when a save fails, and the edit stays in memory', () => {
    const store = freshStore();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    store.getState().update(rename('Stor'));
    expect(store.getState().model.title).toBe('Stor');
    expect(notices()).toMatchObject([{ kind: 'quota' }]);
  });

  it('the notice goes once saving works again', () => {
    const store = freshStore();
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    store.getState().update(rename('1'));
    spy.mockRestore();
    store.getState().update(rename('2'));
    expect(notices()).toEqual([]);
    expect(JSON.parse(localStorage.getItem(KEY)!).state.library[0].name).toBe('2');
  });

  it('other storage failures are reported too, as "unavailable"', () => {
    const store = freshStore();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    store.getState().update(rename('x'));
    expect(notices()).toMatchObject([{ kind: 'unavailable' }]);
  });

  it.each([
    [new DOMException('x', 'QuotaExceededError'), true],
    [new DOMException('x', 'NS_ERROR_DOM_QUOTA_REACHED'), true],
    [new DOMException('x', 'SecurityError'), false],
    [new Error('QuotaExceededError'), false],
  ])('isQuotaError(%s) is %s', (error, expected) => {
    expect(isQuotaError(error)).toBe(expected);
  });
});

describe('another tab', () => {
  it('saving the same key is reported; other keys are not', () => {
    const stop = watchOtherTabs(KEY);
    window.dispatchEvent(new StorageEvent('storage', { key: 'something-else' }));
    expect(notices()).toEqual([]);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    expect(notices()).toMatchObject([{ kind: 'otherTab' }]);
    stop();
  });
});
