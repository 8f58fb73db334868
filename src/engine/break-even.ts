import { Dec, ZERO, add } from './decimal';

/** Running sums K(t) = Σ_{u ≤ t} x(u). */
export function cumulative(values: readonly Dec[]): Dec[] {
  const out: Dec[] = [];
  let running = ZERO;
  for (const v of values) {
    running = add(running, v);
    out.push(running);
  }
  return out;
}

/**
 * The first year index from which the cumulative net stays ≥ 0 to the horizon
 * (spec §2.5), or null when it ends below zero. A cumulative net that turns positive
 * and dips again does not break even at its first crossing but at its last.
 */
export function breakEvenIndex(net: readonly Dec[]): number | null {
  return breakEvenFromRunning(cumulative(net));
}

/** breakEvenIndex from the running sums K(t) themselves. */
export function breakEvenFromRunning(running: readonly Dec[]): number | null {
  let index = running.length;
  for (let u = running.length - 1; u >= 0; u--) {
    if (running[u]!.isNegative() && !running[u]!.isZero()) break;
    index = u;
  }
  return index === running.length ? null : index;
}
