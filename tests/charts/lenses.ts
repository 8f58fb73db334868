import { MONEY_LENSES, VALUE_LENSES, type Lens } from '../../src/charts/lens';

/** Every combination of the two lens switches, for table-driven tests. */
export const ALL_LENSES: Lens[] = VALUE_LENSES.flatMap((value) => MONEY_LENSES.map((money) => ({ value, money })));

/** Sums of chart numbers (rounded to øre each) may drift by half an øre per term. */
export function closeTo(actual: number, expected: number | string, terms = 1): boolean {
  return Math.abs(actual - Number(expected)) <= 0.005 * terms + 1e-6;
}
