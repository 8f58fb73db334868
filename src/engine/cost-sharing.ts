import type { Model } from './model';
import type { CostShare } from './result';
import { Dec, ZERO, money, ratio, same, sum } from './decimal';
import type { ExactFigures } from './figures';

/**
 * What the last split was made from, so a calculator can redo only what changed: after
 * a cost edit the shares stand and one year's total cost moved, so one contribution per
 * sector is multiplied again, not the whole horizon.
 */
export interface SplitMemo {
  sectorIds: readonly string[];
  fiscal: readonly Dec[];
  gains: readonly Dec[];
  pool: Dec;
  shares: readonly Dec[];
  totalPvCosts: Dec;
  totalCosts: readonly Dec[];
  rows: readonly CostShare[];
}

/**
 * The equal-return split (spec §2.6): each sector pays in proportion to its positive
 * fiscal gain, so every contributor gets the same fiscal return per krone. Existing
 * transfers are ignored: the split replaces them. With `memo`, equal inputs reuse the
 * last split's values and strings, and `memo.last` is set to this split.
 */
export function equalReturnSplit(
  model: Model,
  sectors: readonly ExactFigures[],
  totalPvCosts: Dec,
  totalCosts: readonly Dec[],
  memo?: { last?: SplitMemo },
): CostShare[] | null {
  const old = memo?.last && memo.last.sectorIds.length === sectors.length && memo.last.totalCosts.length === totalCosts.length ? memo.last : undefined;
  let unchanged = old !== undefined;
  const gains = sectors.map((f, i) => {
    if (old && same(f.pvFiscal, old.fiscal[i])) return old.gains[i]!;
    unchanged = false;
    return Dec.max(ZERO, f.pvFiscal);
  });
  const pool = unchanged ? old!.pool : sum(gains);
  if (!pool.greaterThan(0) || !totalPvCosts.greaterThan(0)) {
    if (memo) memo.last = undefined;
    return null;
  }
  const pvCostsSame = old !== undefined && same(totalPvCosts, old.totalPvCosts);
  const yearSame = totalCosts.map((c, t) => old !== undefined && same(c, old.totalCosts[t]));
  const shares: Dec[] = [];
  const rows = model.sectors.map((sector, i): CostShare => {
    const keep = unchanged && old!.sectorIds[i] === sector.id ? old!.rows[i] : undefined;
    const share = keep ? old!.shares[i]! : gains[i]!.div(pool);
    shares.push(share);
    const contributionPv = share.times(totalPvCosts);
    const contributions = keep ? patched(keep.contributions, share, totalCosts, yearSame) : shareOf(share, totalCosts);
    const row: CostShare = {
      sector: sector.id,
      share: keep ? keep.share : ratio(share),
      contributionPv: keep && pvCostsSame ? keep.contributionPv : money(contributionPv),
      requiredTransferPv: money(contributionPv.minus(sectors[i]!.pvCosts)),
      npvAfter: money(sectors[i]!.pvFiscal.minus(contributionPv)),
      contributions,
    };
    return keep && sameRow(keep, row) ? keep : row;
  });
  if (memo) {
    memo.last = { sectorIds: model.sectors.map((s) => s.id), fiscal: sectors.map((f) => f.pvFiscal), gains, pool, shares, totalPvCosts, totalCosts, rows };
  }
  return rows;
}

/** contributions[t] = share × total costs(t); a zero share contributes nothing in any year. */
function shareOf(share: Dec, totalCosts: readonly Dec[]): string[] {
  return share.isZero() ? totalCosts.map(() => money(ZERO)) : totalCosts.map((c) => money(share.times(c)));
}

function patched(old: readonly string[], share: Dec, totalCosts: readonly Dec[], yearSame: readonly boolean[]): string[] {
  if (yearSame.every(Boolean)) return old as string[];
  return old.map((text, t) => (yearSame[t] ? text : money(share.times(totalCosts[t]!))));
}

function sameRow(a: CostShare, b: CostShare): boolean {
  return a.share === b.share && a.contributionPv === b.contributionPv && a.requiredTransferPv === b.requiredTransferPv
    && a.npvAfter === b.npvAfter && a.contributions === b.contributions;
}
