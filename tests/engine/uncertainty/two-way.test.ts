import { describe, expect, it } from 'vitest';
import { calculate } from '../../../src/engine/calculate';
import { applyOverrides } from '../../../src/engine/uncertainty/apply-scenario';
import { inputOverride, uncertainInputs, type UncertainInput } from '../../../src/engine/uncertainty/inputs';
import { GRID_STEPS, gridValue, twoWayGrid } from '../../../src/engine/uncertainty/two-way';
import { schoolModel } from './helpers';

const model = schoolModel();
const inputs = uncertainInputs(model);
const find = (key: string) => inputs.find((i) => i.key === key)!;

describe('twoWayGrid', () => {
  const x = find('benefit:cw:effect');
  const y = find('cost:course:factor');

  it('each cell is the engine\'s fiscal NPV with the two inputs at the cell\'s values', () => {
    const grid = twoWayGrid(model, inputs, x, y, 'npvFiscal');
    expect(grid.cells).toHaveLength(GRID_STEPS.length);
    for (const [row, col] of [[0, 0], [5, 5], [10, 10], [0, 10], [3, 7]] as const) {
      const exact = calculate(applyOverrides(model, [inputOverride(x.ref, grid.xValues[col]!), inputOverride(y.ref, grid.yValues[row]!)]));
      expect(Math.abs(grid.cells[row]![col]! - Number(exact.totals.npvFiscal))).toBeLessThan(0.006);
    }
    expect(Math.abs(grid.cells[5]![5]! - Number(calculate(model).totals.npvFiscal))).toBeLessThan(0.006);
  });

  it('the ratio grid is the fiscal benefit-cost ratio', () => {
    const grid = twoWayGrid(model, inputs, x, y, 'bcrFiscal');
    expect(grid.cells[5]![5]!).toBeCloseTo(Number(calculate(model).totals.bcrFiscal), 5);
  });

  it('NPV rises along a gain\'s effect and falls along a cost factor', () => {
    const grid = twoWayGrid(model, inputs, x, y, 'npvFiscal');
    const row = grid.cells[5]!.map(Number);
    const column = grid.cells.map((r) => Number(r[5]));
    expect(row).toEqual([...row].sort((a, b) => a - b));
    expect(column).toEqual([...column].sort((a, b) => b - a));
  });
});

describe('gridValue', () => {
  const input = (over: Partial<UncertainInput>): UncertainInput => ({ ...find('benefit:cw:deadweight'), ...over });

  it.each<[string, Partial<UncertainInput>, number, string]>([
    ['−50 % of 0.3', {}, -0.5, '0.15'],
    ['+50 % of a deadweight of 0.8 stops at 1', { likely: '0.8' }, 0.5, '1'],
    ['a lag of 3 at +10 % rounds to 3', { likely: '3', integer: true, bounds: { min: '0', max: null } }, 0.1, '3'],
    ['a lag of 3 at −50 % rounds half up to 2', { likely: '3', integer: true, bounds: { min: '0', max: null } }, -0.5, '2'],
  ])('%s', (_, over, step, expected) => {
    expect(gridValue(input(over), step)).toBe(expected);
  });
});
