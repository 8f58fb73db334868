/**
 * Drawing a value from a low / likely / high range. Triangular: the simple three-point
 * shape. PERT (the default): a beta distribution scaled to [low, high] with its mode at
 * "likely" and shape λ = 4, the usual choice in cost-benefit practice; it puts less weight
 * on the extremes than the triangle does, and its mean is (low + 4·likely + high) / 6.
 */
import type { Rng } from './prng';
import type { BetaTables } from './beta-table';

export type Distribution = 'pert' | 'triangular';

/** The triangular distribution's inverse CDF at u ∈ [0, 1). */
export function triangularAt(u: number, low: number, likely: number, high: number): number {
  const width = high - low;
  if (width <= 0) return likely;
  const split = (likely - low) / width;
  return u < split ? low + Math.sqrt(u * width * (likely - low)) : high - Math.sqrt((1 - u) * width * (high - likely));
}

export interface PertShape {
  alpha: number;
  beta: number;
}

/** PERT's beta shapes with λ = 4: α + β = 6 always, so the smaller shape is at least 1. */
export function pertShape(low: number, likely: number, high: number): PertShape {
  const width = high - low;
  return { alpha: 1 + (4 * (likely - low)) / width, beta: 1 + (4 * (high - likely)) / width };
}

/**
 * A Beta(α, β) sampler. Cheng's algorithm BB (1978, as in R's rbeta) for min(α, β) > 1:
 * exact, two uniforms and one logarithm and exponential per try, and it accepts almost
 * every try for PERT's shapes (several times faster than two gamma draws). A shape of
 * exactly 1 (likely at an end of the range) has a closed-form inverse instead.
 */
export function betaSampler(alpha: number, beta: number): (rng: Rng) => number {
  if (alpha === 1) return (rng) => 1 - Math.pow(1 - rng.next(), 1 / beta);
  if (beta === 1) return (rng) => Math.pow(rng.next(), 1 / alpha);
  const a = Math.min(alpha, beta);
  const b = Math.max(alpha, beta);
  const sum = a + b;
  const bet = Math.sqrt((sum - 2) / (2 * a * b - sum));
  const gam = a + 1 / bet;
  const swapped = alpha !== a;
  return (rng) => {
    let w: number;
    for (;;) {
      const u1 = rng.next();
      const u2 = rng.next();
      if (u1 <= 0) continue;
      const v = bet * Math.log(u1 / (1 - u1));
      w = a * Math.exp(v);
      const z = u1 * u1 * u2;
      const r = gam * v - 1.3862944;
      const s = a + r - w;
      if (s + 2.609438 >= 5 * z) break;
      const t = Math.log(z);
      if (s > t) break;
      if (r + sum * Math.log(sum / (b + w)) >= t) break;
    }
    return swapped ? b / (b + w) : w / (b + w);
  };
}

/**
 * A sampler for one range: a function of the generator, bound once so the hot loop stays
 * simple. PERT draws use a tabulated beta (beta-table.ts) when `tables` is given and has
 * room, else the exact method.
 */
export function sampler(distribution: Distribution, low: number, likely: number, high: number, tables?: BetaTables): (rng: Rng) => number {
  if (high <= low) return () => likely;
  if (distribution === 'triangular') return (rng) => triangularAt(rng.next(), low, likely, high);
  const { alpha, beta } = pertShape(low, likely, high);
  const unit = tables?.sampler(alpha, beta) ?? betaSampler(alpha, beta);
  const width = high - low;
  return (rng) => low + width * unit(rng);
}
