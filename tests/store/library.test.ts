import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aModel } from '../builders';
import {
  duplicateEntry, findEntry, makeEntry, neighbourId, removeEntry, restoreEntry, sameModel, withModel, type LibraryEntry,
} from '../../src/store/library';

const at = new Date('2026-01-02T03:04:05Z');
const lib = (...titles: string[]): LibraryEntry[] => titles.map((title, i) => makeEntry(aModel({ title }), at, `id${i}`));

describe('library', () => {
  it('a new entry is named after the model title', () => {
    expect(makeEntry(aModel({ title: 'Leksehjelp' }), at, 'x')).toMatchObject({ id: 'x', name: 'Leksehjelp', updatedAt: at.toISOString() });
  });

  it('withModel replaces one entry, renames it after the new title and stamps the time', () => {
    const library = lib('A', 'B');
    const later = new Date('2026-02-01T00:00:00Z');
    const next = withModel(library, 'id1', aModel({ title: 'B2' }), later);
    expect(next.map((e) => e.name)).toEqual(['A', 'B2']);
    expect(next[1]!.updatedAt).toBe(later.toISOString());
    expect(next[0]).toBe(library[0]);
  });

  it('a duplicate comes right after its source with the new title and its own id', () => {
    const result = duplicateEntry(lib('A', 'B', 'C'), 'id1', 'B (kopi)')!;
    expect(result.library.map((e) => e.name)).toEqual(['A', 'B', 'B (kopi)', 'C']);
    expect(result.id).not.toBe('id1');
    expect(findEntry(result.library, result.id)!.model.title).toBe('B (kopi)');
  });

  it('duplicating an unknown id does nothing', () => {
    expect(duplicateEntry(lib('A'), 'nope', 'x')).toBeNull();
  });

  it.each([
    { removed: 0, expected: 'id1' },
    { removed: 1, expected: 'id2' },
    { removed: 2, expected: 'id1' },
  ])('after removing index $removed the neighbour shown is $expected', ({ removed, expected }) => {
    const result = removeEntry(lib('A', 'B', 'C'), `id${removed}`, 'id0')!;
    expect(neighbourId(result.library, result.deleted.index)).toBe(expected);
  });

  it('remembers whether the deleted entry was the active one', () => {
    expect(removeEntry(lib('A', 'B'), 'id0', 'id0')!.deleted.wasActive).toBe(true);
    expect(removeEntry(lib('A', 'B'), 'id1', 'id0')!.deleted.wasActive).toBe(false);
  });

  it('sameModel compares content, not identity', () => {
    expect(sameModel(aModel(), aModel())).toBe(true);
    expect(sameModel(aModel(), aModel({ years: 6 }))).toBe(false);
  });

  describe('properties', () => {
    it('delete then restore gives back the same list in the same order', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 8 }), fc.nat(), (size, pick) => {
          const library = lib(...Array.from({ length: size }, (_, i) => `M${i}`));
          const id = `id${pick % size}`;
          const removed = removeEntry(library, id, 'id0')!;
          expect(removed.library).toHaveLength(size - 1);
          expect(restoreEntry(removed.library, removed.deleted)).toEqual(library);
        }),
      );
    });

    it('restoring an entry that is already there does not duplicate it', () => {
      const library = lib('A', 'B');
      const { deleted } = removeEntry(library, 'id0', 'id0')!;
      expect(restoreEntry(library, deleted)).toHaveLength(2);
    });
  });
});
