import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inferBlockLang, isBlock, parseBlock, parseTsv } from '../../src/ui/tsv';

describe('parseTsv', () => {
  it.each([
    ['1\t2\t3', [['1', '2', '3']]],
    ['1\t2\n3\t4\n', [['1', '2'], ['3', '4']]],
    ['1\t2\r\n3\t4\r\n', [['1', '2'], ['3', '4']]],
    ['1\t\t3', [['1', '', '3']]],
    ['"1\t000"\t2', [['1\t000', '2']]],
    ['"say ""hi"""\t2', [['say "hi"', '2']]],
    ['"a\nb"\tc\nd\te', [['a\nb', 'c'], ['d', 'e']]],
    ['"unclosed\t2', [['"unclosed', '2']]],
    ['', []],
  ])('%j → %j', (text, rows) => {
    expect(parseTsv(text)).toEqual(rows);
  });

  it('property: joining cells with tabs and newlines and splitting again gives them back', () => {
    const cell = fc.string({ unit: fc.constantFrom(...'0123456789 ,.-kr'.split('')), maxLength: 8 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        fc.pre(!(rows.length === 1 && rows[0]?.length === 1 && rows[0][0] === ''));
        expect(parseTsv(rows.map((r) => r.join('\t')).join('\r\n') + '\r\n')).toEqual(rows);
      }),
    );
  });
});

describe('isBlock', () => {
  it.each([
    ['1 234', false],
    ['1 234\n', false],
    ['1\t2', true],
    ['1\n2', true],
  ])('%j → %s', (text, block) => {
    expect(isBlock(text)).toBe(block);
  });
});

describe('inferBlockLang: the block tells which decimal mark it uses', () => {
  it.each([
    [['1.250', '2.5'], 'nb', 'en'],
    [['1.250', '2,5'], 'en', 'nb'],
    [['1,234.50'], 'nb', 'en'],
    [['1.234,50'], 'en', 'nb'],
    [['1.234.567'], 'en', 'nb'],
    [['1,234,567'], 'nb', 'en'],
    [['1.250', '2.000'], 'nb', 'nb'],
    [['1.250', '2.000'], 'en', 'en'],
    [['1.5', '2,5'], 'nb', 'nb'],
    [['1 000,-', '1.250'], 'en', 'en'],
  ] as const)('%j with fallback %s → %s', (cells, fallback, lang) => {
    expect(inferBlockLang(cells, fallback)).toBe(lang);
  });
});

describe('parseBlock', () => {
  it('parses a 2×3 block from a Norwegian Excel', () => {
    expect(parseBlock('1 000\t2 000,50\t\u22123\n4\t\t6 %\n', { lang: 'nb' })).toEqual({
      ok: true,
      rows: 2,
      cols: 3,
      values: [['1000', '2000.5', '-3'], ['4', '0', '0.06']],
    });
  });

  it('reads "1.250" as one and a quarter when the block shows a decimal point elsewhere', () => {
    const r = parseBlock('1.250\t2.5', { lang: 'nb' });
    expect(r).toEqual({ ok: true, rows: 1, cols: 2, values: [['1.25', '2.5']] });
  });

  it('pads short rows with 0 to the widest row', () => {
    const r = parseBlock('1\t2\t3\n4', { lang: 'nb' });
    expect(r.ok && r.values).toEqual([['1', '2', '3'], ['4', '0', '0']]);
  });

  it('reads a percent block as percent', () => {
    const r = parseBlock('4,5\t12 %', { lang: 'nb', percent: true });
    expect(r.ok && r.values).toEqual([['0.045', '0.12']]);
  });

  it('refuses the whole block for one bad cell, saying where', () => {
    expect(parseBlock('1\t2\n3\tfire', { lang: 'nb' })).toEqual({
      ok: false,
      reason: 'badCell',
      row: 1,
      col: 1,
      text: 'fire',
      code: 'notANumber',
    });
  });

  it.each(['', '\n', '\t\n\t'])('%j is an empty block', (text) => {
    expect(parseBlock(text, { lang: 'nb' })).toEqual({ ok: false, reason: 'empty' });
  });
});
