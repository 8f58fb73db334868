import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyBlock, compareDecimal, copyYearToNext, fillRight, rowTotal, setValue, visibleValues } from '../../src/ui/year-grid-ops';

describe('visibleValues', () => {
  it.each([
    [['1', '2'], 4, ['1', '2', '0', '0']],
    [['1', '2', '3', '4'], 2, ['1', '2']],
    [[], 0, []],
  ])('%j shown over %i years → %j', (values, years, shown) => {
    expect(visibleValues(values, years)).toEqual(shown);
  });
});

describe('setValue and fillRight', () => {
  it('sets one year, padding to the horizon', () => {
    expect(setValue(['1'], 2, '9', 4)).toEqual(['1', '0', '9', '0']);
  });

  it('keeps entries beyond the horizon', () => {
    expect(setValue(['1', '2', '3', '4', '5'], 0, '9', 3)).toEqual(['9', '2', '3', '4', '5']);
    expect(fillRight(['1', '2', '3', '4', '5'], 0, 3)).toEqual(['1', '1', '1', '4', '5']);
  });

  it('returns null when nothing changes or the year is outside the horizon', () => {
    expect(setValue(['1', '2'], 1, '2', 2)).toBeNull();
    expect(setValue(['1'], 5, '2', 3)).toBeNull();
    expect(fillRight(['7', '7', '7'], 0, 3)).toBeNull();
    expect(fillRight(['7'], 3, 3)).toBeNull();
  });

  it('property: fill right leaves the years before and after the horizon alone and makes the rest equal', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -99, max: 99 }).map(String), { maxLength: 12 }),
        fc.integer({ min: 1, max: 10 }),
        fc.nat(9),
        (values, years, from) => {
          fc.pre(from < years);
          const out = fillRight(values, from, years) ?? visibleValues(values, Math.max(years, values.length));
          const v = values[from] ?? '0';
          for (let i = 0; i < out.length; i++) {
            if (i < from || i >= years) expect(out[i]).toBe(values[i] ?? '0');
            else expect(out[i]).toBe(v);
          }
          expect(out.length).toBe(Math.max(values.length, years));
        },
      ),
    );
  });
});

describe('copyYearToNext ("copy a year across")', () => {
  const rows = [
    { id: 'a', values: ['100', '0', '5'] },
    { id: 'b', values: ['7'] },
    { id: 'c', values: ['3', '3'] },
  ];

  it('copies every line’s chosen year to the next year and reports only changed lines', () => {
    expect(copyYearToNext(rows, 0, 3)).toEqual([
      { rowId: 'a', values: ['100', '100', '5'] },
      { rowId: 'b', values: ['7', '7', '0'] },
    ]);
  });

  it('does nothing from the last year', () => {
    expect(copyYearToNext(rows, 2, 3)).toEqual([]);
  });
});

describe('applyBlock', () => {
  const rows = [
    { id: 'a', values: ['1', '1', '1', '1'] },
    { id: 'b', values: ['2', '2', '2', '2', '99'] },
    { id: 'c', values: [] },
  ];
  const block = [
    ['10', '20', '30'],
    ['40', '50', '60'],
  ];

  it('fills a 2×3 block from the start cell, lines down and years right', () => {
    expect(applyBlock(rows, 1, 1, block, 4)).toEqual({
      ok: true,
      changes: [
        { rowId: 'b', values: ['2', '10', '20', '30', '99'] },
        { rowId: 'c', values: ['0', '40', '50', '60'] },
      ],
    });
  });

  it.each([
    [2, 0, 'tooManyRows', 1],
    [0, 2, 'tooManyYears', 2],
  ] as const)('refuses a block that does not fit from (%i, %i): %s', (r, c, reason, room) => {
    expect(applyBlock(rows, r, c, block, 4)).toEqual({ ok: false, reason, room });
  });
});

describe('rowTotal', () => {
  it.each([
    [['0.1', '0.2'], 2, '0.3'],
    [['1000', '-250.50', '0.25'], 3, '749.75'],
    [['99999999999999999999', '1'], 2, '100000000000000000000'],
    [['5', '5', '100'], 2, '10'],
    [['-0.000000000001'], 1, '-0.000000000001'],
    [['-1', '1'], 2, '0'],
    [['x'], 1, null],
  ])('%j over %i years → %s', (values, years, total) => {
    expect(rowTotal(values, years)).toBe(total);
  });
});

describe('padding alone is no change (no empty undo steps)', () => {
  it.each([
    () => setValue(['1'], 2, '0', 3),
    () => fillRight(['0'], 0, 5),
    () => copyYearToNext([{ id: 'a', values: ['3', '3'] }], 0, 3)[0] ?? null,
  ])('%s → null', (edit) => {
    expect(edit()).toBeNull();
  });
});

describe('compareDecimal', () => {
  it.each([
    ['0.1', '0.10', 0],
    ['-1', 0, -1],
    ['99999999999999999999', '99999999999999999998', 1],
    ['0.000000000001', 0, 1],
  ] as const)('%s vs %s → %i', (a, b, sign) => {
    expect(Math.sign(compareDecimal(a, b))).toBe(sign);
  });
});
