import { describe, expect, it } from 'vitest';
import { TABLE_STEPS, betaTable, tableQuantile, BetaTables } from '../../../src/engine/uncertainty/beta-table';
import { createRng } from '../../../src/engine/uncertainty/prng';

/** The regularised incomplete beta for whole shapes: P(X ≤ x) = Σ_{j=a}^{n} C(n, j) xʲ (1−x)ⁿ⁻ʲ, n = a + b − 1. */
function betaCdf(x: number, a: number, b: number): number {
  const n = a + b - 1;
  let total = 0;
  let choose = 1;
  for (let j = 0; j <= n; j++) {
    if (j >= a) total += choose * x ** j * (1 - x) ** (n - j);
    choose = (choose * (n - j)) / (j + 1);
  }
  return total;
}

describe('betaTable', () => {
  it.each([[3, 3], [1, 5], [5, 1], [2, 4], [4, 2]])('Beta(%s, %s): F(F⁻¹(u)) = u within 2·10⁻⁶, tails included', (a, b) => {
    const table = betaTable(a, b);
    for (const u of [1e-6, 1e-4, 1 / TABLE_STEPS / 2, 0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 0.999, 1 - 1e-5]) {
      expect(Math.abs(betaCdf(tableQuantile(table, u), a, b) - u)).toBeLessThan(2e-6);
    }
  });

  it.each([[1.4, 4.6], [2.2, 3.8], [4.9, 1.1]])('Beta(%s, %s) has mean α / (α + β) and the beta variance', (a, b) => {
    const table = betaTable(a, b);
    // Mean and variance of F⁻¹(U) by the midpoint rule over u.
    const n = 200_000;
    let sum = 0;
    let sq = 0;
    for (let i = 0; i < n; i++) {
      const x = tableQuantile(table, (i + 0.5) / n);
      sum += x;
      sq += x * x;
    }
    const mean = sum / n;
    expect(mean).toBeCloseTo(a / (a + b), 5);
    expect(sq / n - mean * mean).toBeCloseTo((a * b) / ((a + b) ** 2 * (a + b + 1)), 5);
  });

  it('is monotone from 0 to 1', () => {
    const q = betaTable(2.5, 3.5).quantiles;
    expect(q[0]).toBe(0);
    expect(q[TABLE_STEPS]).toBe(1);
    for (let i = 1; i <= TABLE_STEPS; i++) expect(q[i]!).toBeGreaterThanOrEqual(q[i - 1]!);
  });
});

describe('BetaTables', () => {
  it('shares one table per shape and stops at its limit (the caller then samples exactly)', () => {
    const tables = new BetaTables(2);
    expect(tables.sampler(3, 3)).not.toBeNull();
    expect(tables.sampler(2, 4)).not.toBeNull();
    expect(tables.sampler(3, 3)).not.toBeNull();
    expect(tables.sampler(4, 2)).toBeNull();
    const draw = tables.sampler(3, 3)!;
    const rng = createRng(1);
    for (let i = 0; i < 1000; i++) {
      const v = draw(rng);
      expect(v >= 0 && v <= 1).toBe(true);
    }
  });
});
