/**
 * An NPV as the sum of each line's exact contribution, through the engine's own line
 * flows (lines.ts), discount factors and present value. Summed over every line it is the
 * figure `calculate` gives; changing one input changes one line's contribution only, so
 * the tornado and the break-even values recompute one line instead of the whole model
 * (exact, and fast enough to run on every edit).
 */
import { type BenefitLine, type CostLine, type Model, type SectorId } from '../model';
import { Dec, ZERO } from '../decimal';
import { discountFactors, presentValue } from '../discount';
import { benefitFlow, costFlow, yearValues, type ProfileCache } from '../lines';

/** The fiscal NPV of the whole measure (npvFiscal), or one budget holder's NPV. */
export type NpvTarget = { kind: 'fiscal' } | { kind: 'sector'; id: SectorId };

export const FISCAL: NpvTarget = { kind: 'fiscal' };

export interface LineEvaluator {
  model: Model;
  factors: Dec[];
  target: NpvTarget;
  cache: ProfileCache;
}

export function evaluator(model: Model, target: NpvTarget, factors: Dec[] = discountFactors(model)): LineEvaluator {
  return { model, factors, target, cache: new Map() };
}

function counts(target: NpvTarget, sector: SectorId): boolean {
  return target.kind === 'fiscal' || target.id === sector;
}

/** A cost line's share of the target NPV: minus its present cost. */
export function costContribution(ev: LineEvaluator, line: CostLine): Dec {
  if (!counts(ev.target, line.sector)) return ZERO;
  return presentValue(costFlow(ev.model, line), ev.factors).negated();
}

/** Budgets see cashable and capacity gains only (spec §2.3); economic and social value never counts. */
export function isFiscal(line: BenefitLine): boolean {
  return line.type === 'cashable' || line.type === 'capacity';
}

export function benefitContribution(ev: LineEvaluator, line: BenefitLine): Dec {
  if (!isFiscal(line) || !counts(ev.target, line.sector)) return ZERO;
  return presentValue(benefitFlow(ev.model, line, ev.cache), ev.factors);
}

/** Transfers move money between budgets: they cancel out of the fiscal NPV, not out of a sector's. */
export function transferContribution(ev: LineEvaluator): Dec {
  const target = ev.target;
  if (target.kind === 'fiscal') return ZERO;
  let total = ZERO;
  for (const tr of ev.model.transfers) {
    if (tr.from === tr.to || (tr.from !== target.id && tr.to !== target.id)) continue;
    const pv = presentValue(yearValues(tr.amounts, ev.model.years), ev.factors);
    total = tr.to === target.id ? total.plus(pv) : total.minus(pv);
  }
  return total;
}

/** The target NPV, unrounded. */
export function targetNpv(ev: LineEvaluator): Dec {
  let total = transferContribution(ev);
  for (const c of ev.model.costs) total = total.plus(costContribution(ev, c));
  for (const b of ev.model.benefits) total = total.plus(benefitContribution(ev, b));
  return total;
}

/** Σ B(L,t) over the first `planYears` years (undiscounted): the line's share of the plan-period net. */
export function planContribution(model: Model, line: BenefitLine, cache?: ProfileCache): Dec {
  if (!isFiscal(line)) return ZERO;
  const flow = benefitFlow(model, line, cache);
  let total = ZERO;
  for (let t = 0; t < Math.min(model.planYears, flow.length); t++) total = total.plus(flow[t]!);
  return total;
}
