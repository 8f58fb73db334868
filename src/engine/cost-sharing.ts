import type { Model } from './model';
import type { CostShare } from './result';
import { Dec, ZERO, money, ratio, sum } from './decimal';
import type { ExactFigures } from './figures';

/**
 * The equal-return split (spec §2.6): each sector pays in proportion to its positive
 * fiscal gain, so every contributor gets the same fiscal return per krone. Existing
 * transfers are ignored: the split replaces them.
 */
export function equalReturnSplit(
  model: Model,
  sectors: readonly ExactFigures[],
  totalPvCosts: Dec,
  totalCosts: readonly Dec[],
): CostShare[] | null {
  const gains = sectors.map((f) => Dec.max(ZERO, f.pvFiscal));
  const pool = sum(gains);
  if (!pool.greaterThan(0) || !totalPvCosts.greaterThan(0)) return null;
  return model.sectors.map((sector, i) => {
    const share = gains[i]!.div(pool);
    const contributionPv = share.times(totalPvCosts);
    return {
      sector: sector.id,
      share: ratio(share),
      contributionPv: money(contributionPv),
      requiredTransferPv: money(contributionPv.minus(sectors[i]!.pvCosts)),
      npvAfter: money(sectors[i]!.pvFiscal.minus(contributionPv)),
      contributions: totalCosts.map((c) => money(share.times(c))),
    };
  });
}
