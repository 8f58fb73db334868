/**
 * Break-even (switching) values: how far one input may move before the measure stops
 * paying for itself. The fiscal NPV is linear in a line's effect, its unit value and its
 * amounts factor (every other input held), NPV(x) = rest + x × k, so two exact
 * evaluations give the value x* = −rest / k at which it is exactly zero.
 *
 * "Within the plan period" uses the same law on the plan-period net: the TOTAL fiscal net
 * (gains − costs, undiscounted) summed over the first `planYears` years. A single paying
 * budget can only break even in that period through transfers, so the whole measure's
 * net is the question a finance officer can act on.
 */
import { isCohortBenefit, type BenefitLine, type DecimalString, type Model } from '../model';
import { Dec, ZERO, money } from '../decimal';
import { costFlow, type ProfileCache } from '../lines';
import { overrideBenefit, plainDecimal } from './apply-scenario';
import { FISCAL, benefitContribution, evaluator, isFiscal, planContribution, targetNpv, type LineEvaluator } from './exact-npv';

export interface SwitchValue {
  /** The input's value at which the figure is exactly zero (12 decimals at most). */
  value: DecimalString;
  /** "atLeast": the figure rises with the input, so it must be at least `value`; "atMost" the reverse. */
  direction: 'atLeast' | 'atMost';
}

export interface LineSwitching {
  benefitId: string;
  /** The line's share of the fiscal NPV now (exact, rounded to øre): which gain carries the measure. */
  contribution: DecimalString;
  /** Null when the input does not move the figure (a social gain, a zero unit value). */
  effect: SwitchValue | null;
  unitValue: SwitchValue | null;
  /** Direct lines: the factor on the amounts. */
  factor: SwitchValue | null;
  /** The effect at which the plan-period total fiscal net is zero. */
  planEffect: SwitchValue | null;
}

export interface Switching {
  npvFiscal: DecimalString;
  planNet: DecimalString;
  lines: LineSwitching[];
  /** One common factor on every cohort-driven fiscal line's effect: NPV zero, and plan-period net zero. */
  effectScale: SwitchValue | null;
  planEffectScale: SwitchValue | null;
}

/** x* = −rest / k, or null when k = 0 (the input does not move the figure). */
function solve(rest: Dec, k: Dec): SwitchValue | null {
  if (k.isZero()) return null;
  return { value: plainDecimal(rest.negated().div(k)), direction: k.isPositive() ? 'atLeast' : 'atMost' };
}

/** Σ over the first planYears of total fiscal net: gains − costs (transfers cancel out). */
function planNetTotal(model: Model, cache: ProfileCache): Dec {
  let total = ZERO;
  for (const c of model.costs) {
    const flow = costFlow(model, c);
    for (let t = 0; t < Math.min(model.planYears, flow.length); t++) total = total.minus(flow[t]!);
  }
  for (const b of model.benefits) total = total.plus(planContribution(model, b, cache));
  return total;
}

/** The break-even values as a run of one unit per gain line, so a worker can compute them in chunks (chunked.ts). */
export interface SwitchingRun {
  readonly runs: number;
  readonly done: number;
  step(count: number): number;
  /** Every value once `done === runs` (the common factors need every line). */
  result(): Switching;
}

export function startSwitching(model: Model): SwitchingRun {
  // The whole-model figures are made in the first step, so starting a run is instant.
  let base: { ev: LineEvaluator; npv: Dec; plan: Dec } | null = null;
  const setup = () => {
    if (base) return base;
    const ev = evaluator(model, FISCAL);
    return (base = { ev, npv: targetNpv(ev), plan: planNetTotal(model, ev.cache) });
  };
  let scaled = ZERO;
  let planScaled = ZERO;
  const lines: LineSwitching[] = [];

  const lineValues = (line: BenefitLine, { ev, npv, plan }: { ev: LineEvaluator; npv: Dec; plan: Dec }): LineSwitching => {
    const now = benefitContribution(ev, line);
    const at = (field: 'effect' | 'unitValue' | 'factor') => benefitContribution(ev, overrideBenefit(line, field, '1'));
    const restNpv = npv.minus(now);
    if (!isCohortBenefit(line)) {
      return { benefitId: line.id, contribution: money(now), effect: null, unitValue: null, factor: solve(restNpv, now), planEffect: null };
    }
    const planNow = planContribution(model, line, ev.cache);
    if (isFiscal(line)) {
      scaled = scaled.plus(now);
      planScaled = planScaled.plus(planNow);
    }
    const planAtOne = planContribution(model, overrideBenefit(line, 'effect', '1'), ev.cache);
    return {
      benefitId: line.id,
      contribution: money(now),
      effect: solve(restNpv, at('effect')),
      unitValue: solve(restNpv, at('unitValue')),
      factor: null,
      planEffect: solve(plan.minus(planNow), planAtOne),
    };
  };

  return {
    runs: model.benefits.length,
    get done() {
      return lines.length;
    },
    step(count) {
      const b = setup();
      const end = Math.min(model.benefits.length, lines.length + Math.max(0, count));
      for (let i = lines.length; i < end; i++) lines.push(lineValues(model.benefits[i]!, b));
      return lines.length;
    },
    result() {
      const { npv, plan } = setup();
      return {
        npvFiscal: money(npv),
        planNet: money(plan),
        lines: [...lines],
        effectScale: solve(npv.minus(scaled), scaled),
        planEffectScale: solve(plan.minus(planScaled), planScaled),
      };
    },
  };
}

export function switchingValues(model: Model): Switching {
  const run = startSwitching(model);
  run.step(run.runs);
  return run.result();
}

/**
 * "At least 1 in N participants": N = ⌊1 / effect⌋, rounded down so that 1 in N is never
 * less than the break-even effect. Null when the effect is not a share of one (≤ 0 or > 1).
 */
export function oneIn(effect: DecimalString): number | null {
  const e = new Dec(effect);
  if (!e.isPositive() || e.isZero() || e.greaterThan(1)) return null;
  return new Dec(1).div(e).floor().toNumber();
}
