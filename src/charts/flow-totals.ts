/**
 * A sector's (or level's) flows over the whole horizon under a money lens. Present
 * values come straight from the engine's figures (exact); budget kroner are the plain
 * sums over the years (spec §2.5 `horizonNet` is the same sum of net).
 */
import type { Level, Model, SectorId } from '../engine/model';
import type { Figures, Result, SectorYear } from '../engine/result';
import { Dec, ZERO } from '../engine/decimal';
import type { Lens } from './lens';

export interface FlowTotals {
  costs: Dec;
  cashable: Dec;
  capacity: Dec;
  economic: Dec;
  social: Dec;
  transfersIn: Dec;
  transfersOut: Dec;
}

const FLOW_KEYS = ['costs', 'cashable', 'capacity', 'economic', 'social', 'transfersIn', 'transfersOut'] as const;

function emptyTotals(): FlowTotals {
  return { costs: ZERO, cashable: ZERO, capacity: ZERO, economic: ZERO, social: ZERO, transfersIn: ZERO, transfersOut: ZERO };
}

function fromFigures(f: Figures): FlowTotals {
  return {
    costs: new Dec(f.pvCosts),
    cashable: new Dec(f.pvBenefits.cashable),
    capacity: new Dec(f.pvBenefits.capacity),
    economic: new Dec(f.pvBenefits.economic),
    social: new Dec(f.pvBenefits.social),
    transfersIn: new Dec(f.pvTransfersIn),
    transfersOut: new Dec(f.pvTransfersOut),
  };
}

function sumYears(result: Result, ids: readonly SectorId[]): FlowTotals {
  const out = emptyTotals();
  for (const row of result.years) {
    for (const id of ids) {
      const flows: SectorYear | undefined = row.bySector[id];
      if (!flows) continue;
      for (const key of FLOW_KEYS) out[key] = out[key].plus(flows[key]);
    }
  }
  return out;
}

export function sectorTotals(result: Result, sectorId: SectorId, lens: Lens): FlowTotals {
  if (lens.money === 'pv') {
    const figures = result.sectors.find((s) => s.id === sectorId);
    return figures ? fromFigures(figures) : emptyTotals();
  }
  return sumYears(result, [sectorId]);
}

export function levelTotals(result: Result, model: Model, level: Level, lens: Lens): FlowTotals {
  if (lens.money === 'pv') {
    const figures = result.levels.find((l) => l.level === level);
    return figures ? fromFigures(figures) : emptyTotals();
  }
  return sumYears(result, model.sectors.filter((s) => s.level === level).map((s) => s.id));
}
