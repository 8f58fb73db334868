import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OPEN_ALL_LIMIT, opensAll, withToggled } from '../../src/ui/line-expansion';

describe('opensAll', () => {
  it.each([
    [2, 20, true], // the examples
    [10, 60, true], // exactly the limit
    [11, 60, false],
    [30, 20, true],
    [31, 20, false],
    [500, 60, false], // the benchmark's large model
    [0, 60, true],
    [OPEN_ALL_LIMIT + 1, 1, false],
  ])('%i lines × %i years → %s', (lines, years, expected) => {
    expect(opensAll(lines, years)).toBe(expected);
  });
});

describe('withToggled', () => {
  it('adds a closed id and removes an open one, leaving the others and the input alone', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.string(), { maxLength: 8 }), fc.string(), (ids, id) => {
      const before = new Set(ids);
      const once = withToggled(before, id);
      expect(once.has(id)).toBe(!before.has(id));
      expect([...once].filter((x) => x !== id).sort()).toEqual(ids.filter((x) => x !== id).sort());
      expect(withToggled(once, id)).toEqual(before);
      expect(before).toEqual(new Set(ids));
    }));
  });
});
