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

/**
 * True when `v` is an engine Decimal that adding zero to would leave unchanged: a Dec of
 * at most 34 significant digits (decimal.js rounds the result of `x.plus(0)` to the
 * precision, and a value of another clone would carry that clone's precision onwards).
 */
function settled(v: Dec): boolean {
  return v.constructor === Dec && (v.d.length < 5 || v.sd() <= 34);
}

/**
 * a + b, the same value `a.plus(b)` gives, without the addition when one side is zero:
 * x + 0 and 0 + x are x itself once x is settled (and the result, which takes the left
 * side's constructor, is a Dec either way). A zero plus a zero still goes through
 * decimal.js, so the sign of a zero result is decimal.js's own.
 */
export function add(a: Dec, b: Dec): Dec {
  if (b.isZero()) {
    if (!a.isZero() && settled(a)) return a;
  } else if (a.isZero() && a.constructor === Dec && settled(b)) return b;
  return a.plus(b);
}

/** a − b, the same value `a.minus(b)` gives; 0 − x is x negated, as decimal.js does it. */
export function subtract(a: Dec, b: Dec): Dec {
  if (b.isZero()) {
    if (!a.isZero() && settled(a)) return a;
  } else if (a.isZero() && a.constructor === Dec && settled(b)) return b.negated();
  return a.minus(b);
}

/** a.equals(b) including the sign of a zero: one may stand for the other in any later step. */
export function same(a: Dec, b: Dec | undefined): boolean {
  return a === b || (b !== undefined && a.s === b.s && a.equals(b));
}

/** The zero strings a result is full of, made once. */
const zeros: readonly string[] = Array.from({ length: 11 }, (_, i) => (i > 0 ? `0.${'0'.repeat(i)}` : '0'));

/** Rounded half-to-even, with "-0.00" folded into "0.00" so a zero never prints with a sign. */
export function fixed(value: Dec, decimals: number): string {
  if (value.isZero()) return zeros[decimals] ?? (decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0');
  const quick = quickFixed(value, decimals);
  if (quick !== undefined) return quick;
  const text = value.toFixed(decimals);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

export const money = (value: Dec) => fixed(value, 2);
export const ratio = (value: Dec) => fixed(value, 6);

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7];

/**
 * `toFixed(decimals)` half-to-even with the zero fold, read straight from decimal.js's
 * documented digits (`d`: base 1e7 words, the first without leading zeros; `e`: the
 * exponent of the first digit; `s`: the sign) while the kept digits fit a safe integer:
 * money strings are most of what a result holds, and decimal.js makes a rounded copy
 * for each. Undefined (left to decimal.js) for anything else.
 */
function quickFixed(value: Dec, decimals: number): string | undefined {
  const d = value.d;
  const keep = value.e + 1 + decimals; // digits at or above the last kept place
  if (!d || keep > 15 || (value.constructor as typeof Dec).rounding !== Dec.ROUND_HALF_EVEN) return undefined;
  let n = 0; // the kept digits
  let up = false;
  // With keep < 0 the value is below a tenth of the last place: it rounds to zero.
  if (keep >= 0) {
    let need = keep;
    let i = 0;
    let size = digitCount(d[0]!);
    for (; i < d.length && need >= size; i++, size = 7) {
      n = n * POW10[size]! + d[i]!;
      need -= size;
    }
    if (i === d.length) n *= 10 ** need; // the digits ran out: exact, nothing to round
    else {
      // The cut falls in word i, `need` digits in (0: at its start): the rest decides.
      const p = POW10[size - need]!;
      n = n * POW10[need]! + Math.floor(d[i]! / p);
      up = roundsUp(d[i]! % p, p, d, i + 1, n);
    }
  }
  if (up) n += 1;
  let text = String(n);
  if (decimals > 0) {
    if (text.length <= decimals) text = '0'.repeat(decimals - text.length + 1) + text;
    text = `${text.slice(0, text.length - decimals)}.${text.slice(text.length - decimals)}`;
  }
  return n !== 0 && value.s < 0 ? `-${text}` : text;
}

/** Half-to-even: `rest` of a word out of `p`, then any later non-zero word, then the parity of n. */
function roundsUp(rest: number, p: number, d: readonly number[], from: number, n: number): boolean {
  const half = p / 2;
  if (rest !== half) return rest > half;
  for (let j = from; j < d.length; j++) if (d[j] !== 0) return true;
  return n % 2 === 1;
}

function digitCount(w: number): number {
  let size = 1;
  while (size < 7 && w >= POW10[size]!) size++;
  return size;
}
