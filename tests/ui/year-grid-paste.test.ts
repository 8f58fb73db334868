import { describe, expect, it } from 'vitest';
import { planPaste, type PasteTarget } from '../../src/ui/year-grid-paste';

const target = (over: Partial<PasteTarget> = {}): PasteTarget => ({
  rows: [
    { id: 'a', values: ['1', '1', '1'] },
    { id: 'b', values: ['2', '2', '2', '77'] },
  ],
  row: 0,
  col: 1,
  years: 3,
  lang: 'nb',
  ...over,
});

describe('planPaste', () => {
  it('turns a 2×2 Norwegian block into row changes from the chosen cell', () => {
    expect(planPaste('1 000\t2,5\n\u22123\t4 %', target())).toEqual({
      ok: true,
      rows: 2,
      cols: 2,
      changes: [
        { rowId: 'a', values: ['1', '1000', '2.5'] },
        { rowId: 'b', values: ['2', '-3', '0.04', '77'] },
      ],
    });
  });

  it('reads an English block as English even in Norwegian (decimal point seen)', () => {
    const plan = planPaste('1,250.5\t1.250', target({ row: 1 }));
    expect(plan.ok && plan.changes).toEqual([{ rowId: 'b', values: ['2', '1250.5', '1.25', '77'] }]);
  });

  it.each([
    ['', {}, { ok: false, key: 'grid.pasteEmpty' }],
    ['1\tto', {}, { ok: false, key: 'grid.pasteBadCell', params: { r: 1, c: 2, text: 'to' } }],
    ['1\n2\n3', {}, { ok: false, key: 'grid.pasteTooManyRows', params: { rows: 3, room: 2 } }],
    ['1\t2\t3', {}, { ok: false, key: 'grid.pasteTooManyYears', params: { cols: 3, room: 2 } }],
    [
      '1\t2,5',
      { check: (v: string) => (v.includes('.') ? 'whole' : null) },
      { ok: false, key: 'grid.pasteInvalidCell', params: { r: 1, c: 2, text: '2.5', reason: 'whole' } },
    ],
  ] as const)('%j is refused', (text, over, expected) => {
    expect(planPaste(text, target(over))).toEqual(expected);
  });

  it('a percent grid reads bare numbers as percent', () => {
    const plan = planPaste('10\t12,5', target({ percent: true }));
    expect(plan.ok && plan.changes[0]?.values).toEqual(['1', '0.1', '0.125']);
  });
});
