/**
 * Before and after the equal-return split (spec §2.6): each sector's budget NPV today
 * (with the transfers already in the model) beside its NPV when it pays its share.
 */
import type { Model, SectorId } from '../engine/model';
import type { Result } from '../engine/result';
import { Dec } from '../engine/decimal';
import { sectorColor } from '../ui/sector-colors';
import { toChartNumber } from './lens';

export interface SharingRow {
  id: SectorId;
  name: string;
  color: string;
  before: number;
  after: number;
}

/** Empty when there is no split to show (no costs, or no fiscal gains). */
export function sharingData(result: Result, model: Model): SharingRow[] {
  const split = result.costSharing;
  if (!split) return [];
  return model.sectors.flatMap((s) => {
    const figures = result.sectors.find((f) => f.id === s.id);
    const share = split.find((c) => c.sector === s.id);
    if (!figures || !share) return [];
    const before = new Dec(figures.npv);
    const after = new Dec(share.npvAfter);
    // A sector untouched by the measure and the split would only add an empty pair of bars.
    if (before.isZero() && after.isZero()) return [];
    return [{ id: s.id, name: s.name, color: sectorColor(model.sectors, s.id), before: toChartNumber(before), after: toChartNumber(after) }];
  });
}
