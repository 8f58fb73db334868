import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { betaSampler, pertShape, sampler, triangularAt } from '../../../src/engine/uncertainty/distributions';
import { BetaTables } from '../../../src/engine/uncertainty/beta-table';
import { createRng } from '../../../src/engine/uncertainty/prng';

function moments(draw: () => number, n = 40_000) {
  let sum = 0;
  let sq = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = draw();
    sum += v;
    sq += v * v;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  const mean = sum / n;
  return { mean, sd: Math.sqrt(sq / n - mean * mean), min, max };
}

describe('triangularAt', () => {
  it('maps 0 to low, the mode share to likely, and approaches high', () => {
    expect(triangularAt(0, 1, 2, 5)).toBe(1);
    expect(triangularAt(0.25, 1, 2, 5)).toBeCloseTo(2, 12);
    expect(triangularAt(0.999999, 1, 2, 5)).toBeCloseTo(5, 2);
  });
});

describe('sampler', () => {
  const ranges: [number, number, number][] = [[0, 1, 2], [10, 12, 20], [-5, -4.9, 0], [0.75, 1, 1.25], [0, 0, 1], [0, 1, 1]];

  it.each(ranges)('triangular on (%s, %s, %s) stays in range with mean (a + m + b) / 3', (a, m, b) => {
    const rng = createRng(3);
    const r = moments(() => sampler('triangular', a, m, b)(rng));
    const sd = Math.sqrt((a * a + m * m + b * b - a * m - a * b - m * b) / 18);
    expect(r.min).toBeGreaterThanOrEqual(a);
    expect(r.max).toBeLessThanOrEqual(b);
    expect(Math.abs(r.mean - (a + m + b) / 3)).toBeLessThan((4 * sd) / Math.sqrt(40_000));
  });

  it.each(ranges)('PERT on (%s, %s, %s), exact and tabulated, stays in range with mean (a + 4m + b) / 6 and the beta spread', (a, m, b) => {
    const { alpha, beta } = pertShape(a, m, b);
    const sd = (b - a) * Math.sqrt((alpha * beta) / ((alpha + beta) ** 2 * (alpha + beta + 1)));
    for (const tables of [undefined, new BetaTables()]) {
      const rng = createRng(5);
      const draw = sampler('pert', a, m, b, tables);
      const r = moments(() => draw(rng));
      expect(r.min).toBeGreaterThanOrEqual(a);
      expect(r.max).toBeLessThanOrEqual(b);
      expect(Math.abs(r.mean - (a + 4 * m + b) / 6)).toBeLessThan((4 * sd) / Math.sqrt(40_000));
      expect(Math.abs(r.sd / sd - 1)).toBeLessThan(0.03);
    }
  });

  it('a point range always gives its value', () => {
    const rng = createRng(1);
    expect(sampler('pert', 2, 2, 2)(rng)).toBe(2);
    expect(sampler('triangular', 2, 2, 2)(rng)).toBe(2);
  });

  it('PERT shapes always add up to 6 (λ = 4)', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (share) => {
      const { alpha, beta } = pertShape(0, share, 1);
      expect(alpha + beta).toBeCloseTo(6, 12);
      expect(Math.min(alpha, beta)).toBeGreaterThanOrEqual(1);
    }));
  });

  it('Cheng\'s beta sampler is symmetric for equal shapes', () => {
    const rng = createRng(9);
    const draw = betaSampler(3, 3);
    const r = moments(() => draw(rng));
    expect(Math.abs(r.mean - 0.5)).toBeLessThan(0.003);
  });
});
