import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate, gainProfile } from '../../src/engine/calculate';
import { Dec, sum } from '../../src/engine/decimal';
import type { Model } from '../../src/engine/model';
import type { Result } from '../../src/engine/result';
import { arbitraryModel, shareString } from './arbitraries';

const RUNS = { numRuns: 100 };
const d = (x: string) => new Dec(x);
/** Money is rounded to cents on output: a sum of n rounded figures may be off by n half-cents. */
const closeTo = (a: Dec, b: Dec, n: number) => a.minus(b).abs().lessThanOrEqualTo(new Dec('0.005').times(n + 1));
const FLOW_FIELDS = ['costs', 'cashable', 'capacity', 'economic', 'social'] as const;

function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = (seed * 7919 + i * 104729) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A result keyed by ids, so that two orders of the same model can be compared. */
function byId(result: Result) {
  return {
    totals: result.totals,
    sectors: Object.fromEntries(result.sectors.map((s) => [s.id, s])),
    levels: Object.fromEntries(result.levels.map((l) => [l.level, l])),
    costSharing: result.costSharing && Object.fromEntries(result.costSharing.map((c) => [c.sector, c])),
    procurement: result.procurement,
    years: result.years,
  };
}

// Each law runs a hundred models through the exact engine: on a busy 2-core machine that
// can take longer than the default timeout.
describe('properties of the calculation', { timeout: 120_000 }, () => {
  it('flows are conserved: the sectors of each year add up to the totals', () => {
    fc.assert(
      fc.property(arbitraryModel(), (model) => {
        const result = calculate(model);
        for (const row of result.years) {
          const sectors = Object.values(row.bySector);
          for (const field of FLOW_FIELDS) {
            expect(closeTo(sum(sectors.map((s) => d(s[field]))), d(row[field]), sectors.length)).toBe(true);
          }
          expect(closeTo(sum(sectors.map((s) => d(s.net))), d(row.net), sectors.length * 8)).toBe(true);
        }
        expect(closeTo(sum(result.sectors.map((s) => d(s.pvCosts))), d(result.totals.pvCosts), result.sectors.length)).toBe(true);
        expect(closeTo(sum(result.levels.map((l) => d(l.npv))), sum(result.sectors.map((s) => d(s.npv))), result.sectors.length * 2)).toBe(true);
      }),
      RUNS,
    );
  });

  it('transfers move money without creating it: Σ transfersIn = Σ transfersOut, and totals do not change', () => {
    fc.assert(
      fc.property(arbitraryModel(), (model) => {
        const result = calculate(model);
        for (const row of result.years) {
          const sectors = Object.values(row.bySector);
          expect(sum(sectors.map((s) => d(s.transfersIn))).toFixed(2)).toBe(sum(sectors.map((s) => d(s.transfersOut))).toFixed(2));
        }
        const without = calculate({ ...model, transfers: [] });
        // The silo gap is the one total that transfers are meant to change.
        const { siloGap: _a, ...withTotals } = result.totals;
        const { siloGap: _b, ...withoutTotals } = without.totals;
        expect(withTotals).toEqual(withoutTotals);
      }),
      RUNS,
    );
  });

  it('the equal-return split: shares sum to one, contributions to the PV of costs, every contributor gets the same return', () => {
    fc.assert(
      fc.property(arbitraryModel(), (model) => {
        const result = calculate(model);
        const sharing = result.costSharing;
        if (!sharing) return;
        const n = sharing.length;
        expect(sum(sharing.map((s) => d(s.share))).minus(1).abs().lessThanOrEqualTo(new Dec('5e-7').times(n))).toBe(true);
        expect(closeTo(sum(sharing.map((s) => d(s.contributionPv))), d(result.totals.pvCosts), n)).toBe(true);
        const returns = sharing
          .filter((s) => d(s.contributionPv).greaterThan(1000))
          .map((s) => d(s.npvAfter).plus(s.contributionPv).div(s.contributionPv));
        for (const r of returns) expect(r.minus(returns[0]!).abs().lessThan('0.0001')).toBe(true);
        for (const [t, row] of result.years.entries()) {
          expect(closeTo(sum(sharing.map((s) => d(s.contributions[t]!))), d(row.costs), n)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('reordering lines or sectors changes no figure', () => {
    fc.assert(
      fc.property(arbitraryModel(), fc.nat(1000), (model, seed) => {
        const reordered: Model = {
          ...model,
          sectors: shuffled(model.sectors, seed),
          costs: shuffled(model.costs, seed + 1),
          cohorts: shuffled(model.cohorts, seed + 2),
          benefits: shuffled(model.benefits, seed + 3),
          transfers: shuffled(model.transfers, seed + 4),
        };
        expect(byId(calculate(reordered))).toEqual(byId(calculate(model)));
      }),
      RUNS,
    );
  });

  it('at a discount rate of 0 every present value is the plain sum', () => {
    fc.assert(
      fc.property(arbitraryModel(), (m) => {
        const { discountSchedule: _, ...rest } = m;
        const result = calculate({ ...rest, discountRate: '0' });
        expect(closeTo(sum(result.years.map((y) => d(y.costs))), d(result.totals.pvCosts), result.years.length)).toBe(true);
        for (const s of result.sectors) expect(s.npv).toBe(s.horizonNet);
        expect(result.totals.discountedBreakEvenYear).toBe(result.totals.breakEvenYear);
      }),
      RUNS,
    );
  });

  it('raising deadweight never makes a gain larger', () => {
    fc.assert(
      fc.property(arbitraryModel(), shareString, (model, extra) => {
        for (const line of model.benefits) {
          const higher = Dec.min(1, d(line.deadweight).plus(extra)).toString();
          const raised = { ...model, benefits: model.benefits.map((b) => (b.id === line.id ? { ...b, deadweight: higher } : b)) };
          const before = gainProfile(model, line.id);
          const after = gainProfile(raised, line.id);
          after.forEach((a, t) => expect(d(a).abs().lessThanOrEqualTo(d(before[t]!).abs())).toBe(true));
        }
      }),
      RUNS,
    );
  });

  it('never yields NaN, Infinity or undefined anywhere in the result', () => {
    fc.assert(
      fc.property(arbitraryModel(), (model) => {
        const text = JSON.stringify(calculate(model));
        expect(text).not.toMatch(/NaN|Infinity|undefined/);
      }),
      RUNS,
    );
  });
});
