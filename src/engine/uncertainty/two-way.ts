/**
 * The two-way grid: the fiscal NPV (or the fiscal benefit-cost ratio) over two inputs,
 * each moved from −50 % to +50 % of its likely value while every other input stays
 * likely. Computed with the float model: a grid is 121 evaluations, which the exact
 * engine cannot do on every edit of a large model; cells are shown in whole kroner.
 */
import type { DecimalString, Model } from '../model';
import { Dec } from '../decimal';
import { plainDecimal } from './apply-scenario';
import { FloatModel } from './float-model';
import type { UncertainInput } from './inputs';

export type GridMetric = 'npvFiscal' | 'bcrFiscal';

export const GRID_STEPS: readonly number[] = [-0.5, -0.4, -0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3, 0.4, 0.5];

export interface TwoWayGrid {
  /** The input values along each axis (decimal strings). */
  xValues: DecimalString[];
  yValues: DecimalString[];
  /** cells[row][column]: row = y value, column = x value; null where the ratio is undefined. */
  cells: (number | null)[][];
}

/** likely × (1 + step), kept within the field's rules; whole years rounded. */
export function gridValue(input: UncertainInput, step: number): DecimalString {
  let v = new Dec(input.likely).times(new Dec(1).plus(step.toFixed(6)));
  if (input.integer) v = v.toDecimalPlaces(0, Dec.ROUND_HALF_UP);
  if (input.bounds.min !== null) v = Dec.max(v, input.bounds.min);
  if (input.bounds.max !== null) v = Dec.min(v, input.bounds.max);
  return plainDecimal(v);
}

export function twoWayGrid(
  model: Model, inputs: readonly UncertainInput[], x: UncertainInput, y: UncertainInput, metric: GridMetric, steps: readonly number[] = GRID_STEPS,
): TwoWayGrid {
  const fm = new FloatModel(model);
  for (const input of inputs) {
    const slot = fm.slot(input.ref);
    if (slot) slot.array[slot.index] = Number(input.likely);
  }
  const xs = fm.slot(x.ref);
  const ys = fm.slot(y.ref);
  const xValues = steps.map((s) => gridValue(x, s));
  const yValues = steps.map((s) => gridValue(y, s));
  const cells = yValues.map((yv) =>
    xValues.map((xv) => {
      if (ys) ys.array[ys.index] = Number(yv);
      if (xs) xs.array[xs.index] = Number(xv);
      const f = fm.evaluate();
      if (metric === 'npvFiscal') return f.npvFiscal;
      return f.pvCosts === 0 ? null : f.pvFiscal / f.pvCosts;
    }),
  );
  return { xValues, yValues, cells };
}
