/**
 * "Money flows": payers → the measure → the sectors that gain, for a Sankey diagram.
 * A sector that both pays and gains appears on both sides as two nodes (a Sankey
 * cannot draw a cycle). A disbenefit (negative gain) is money a sector loses, so it is
 * drawn as paying in; a user fee (negative cost) is money it gets, so it is drawn as a gain.
 * Transfers are agreements between budgets, not flows through the measure: left out here.
 */
import type { Model, SectorId } from '../engine/model';
import type { Result } from '../engine/result';
import { Dec, ZERO } from '../engine/decimal';
import { sectorColor } from '../ui/sector-colors';
import { sectorTotals } from './flow-totals';
import { LENS_TYPES, toChartNumber, type Lens } from './lens';

export type FlowUnit = 'kr' | 'percent';

export interface FlowNode {
  name: string;
  role: 'payer' | 'measure' | 'gainer';
  sectorId: SectorId | null;
  color: string;
}

export interface FlowLink {
  source: number;
  target: number;
  /** Kroner, or percent of everything paid in (payer links) / everything gained (gainer links). */
  value: number;
}

export interface FlowData {
  nodes: FlowNode[];
  links: FlowLink[];
  unit: FlowUnit;
  /** Kroner paid in and gained out (under the lens), whatever the unit. */
  paidIn: number;
  gainedOut: number;
}

export const MEASURE_COLOR = '#4a4a4a';

const positive = (v: Dec) => (v.isPositive() && !v.isZero() ? v : ZERO);

export function flowData(result: Result, model: Model, lens: Lens, unit: FlowUnit, measureName: string): FlowData {
  const sides = model.sectors.map((s) => {
    const totals = sectorTotals(result, s.id, lens);
    const gains = LENS_TYPES[lens.value].reduce((acc, type) => acc.plus(totals[type]), ZERO);
    return {
      sector: s,
      pays: positive(totals.costs).plus(positive(gains.neg())),
      gains: positive(gains).plus(positive(totals.costs.neg())),
    };
  });
  const paidIn = sides.reduce((acc, s) => acc.plus(s.pays), ZERO);
  const gainedOut = sides.reduce((acc, s) => acc.plus(s.gains), ZERO);
  const scale = (v: Dec, whole: Dec) => (unit === 'kr' ? v : whole.isZero() ? ZERO : v.div(whole).times(100));

  const nodes: FlowNode[] = [{ name: measureName, role: 'measure', sectorId: null, color: MEASURE_COLOR }];
  const links: FlowLink[] = [];
  for (const side of sides) {
    if (side.pays.isZero()) continue;
    nodes.push({ name: side.sector.name, role: 'payer', sectorId: side.sector.id, color: sectorColor(model.sectors, side.sector.id) });
    links.push({ source: nodes.length - 1, target: 0, value: toChartNumber(scale(side.pays, paidIn)) });
  }
  for (const side of sides) {
    if (side.gains.isZero()) continue;
    nodes.push({ name: side.sector.name, role: 'gainer', sectorId: side.sector.id, color: sectorColor(model.sectors, side.sector.id) });
    links.push({ source: 0, target: nodes.length - 1, value: toChartNumber(scale(side.gains, gainedOut)) });
  }
  return { nodes, links, unit, paidIn: toChartNumber(paidIn), gainedOut: toChartNumber(gainedOut) };
}
