import Decimal from 'decimal.js';

/**
 * The engine's own Decimal: 34 significant digits (the spec asks for at least 30) and
 * half-to-even rounding for output. A local clone so no other code can change the
 * global configuration under us, and plain notation so toFixed never yields "1e-8".
 */
export const Dec = Decimal.clone({
  precision: 34,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});
export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);

export function dec(value: string | number): Dec {
  return new Dec(value);
}

export function sum(values: readonly Dec[]): Dec {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/** Rounded half-to-even, with "-0.00" folded into "0.00" so a zero never prints with a sign. */
export function fixed(value: Dec, decimals: number): string {
  if (value.isZero()) return decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
  const text = value.toFixed(decimals);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

export const money = (value: Dec) => fixed(value, 2);
export const ratio = (value: Dec) => fixed(value, 6);
