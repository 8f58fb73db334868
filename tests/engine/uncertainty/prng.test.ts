import { describe, expect, it } from 'vitest';
import { createRng, isSeed } from '../../../src/engine/uncertainty/prng';

const draws = (seed: number, n: number) => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe('createRng', () => {
  it('repeats exactly for the same seed and differs for another', () => {
    expect(draws(42, 100)).toEqual(draws(42, 100));
    expect(draws(42, 100)).not.toEqual(draws(43, 100));
  });

  it('gives numbers in [0, 1) with a uniform mean and spread', () => {
    const values = draws(7, 100_000);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length;
    // Standard errors: 0.29 / √n ≈ 0.0009 for the mean; the variance 1/12 ≈ 0.0833.
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.002);
    const buckets = new Array<number>(10).fill(0);
    for (const v of values) buckets[Math.floor(v * 10)]! += 1;
    // χ² with 9 degrees of freedom: above 27.9 happens once in a thousand.
    const chi = buckets.reduce((a, c) => a + (c - 10_000) ** 2 / 10_000, 0);
    expect(chi).toBeLessThan(27.9);
  });

  it.each([[0, true], [4294967295, true], [-1, false], [1.5, false], [4294967296, false]])('isSeed(%s) is %s', (seed, ok) => {
    expect(isSeed(seed)).toBe(ok);
  });
});
