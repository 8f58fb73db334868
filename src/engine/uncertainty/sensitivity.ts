/**
 * One-way sensitivity (the tornado): each input moved to its low and then its high value
 * while every other input keeps its likely value, with the fiscal NPV (or one budget
 * holder's NPV) computed exactly for each. Bars are sorted by swing, the largest first.
 */
import type { DecimalString, Model, ScenarioOverride } from '../model';
import { Dec, money } from '../decimal';
import { discountFactors } from '../discount';
import { applyOverrides, applyToBenefit, applyToCost } from './apply-scenario';
import { benefitContribution, costContribution, evaluator, targetNpv, type LineEvaluator, type NpvTarget } from './exact-npv';
import { inputOverride, uncertainInputs, type UncertainInput } from './inputs';

export interface TornadoBar {
  input: UncertainInput;
  /** The target NPV with this input at its low and at its high value (money strings). */
  atLow: DecimalString;
  atHigh: DecimalString;
  /** |atHigh − atLow|. */
  swing: DecimalString;
}

export interface Tornado {
  /** The target NPV with every input at its likely value. */
  base: DecimalString;
  bars: TornadoBar[];
}

/**
 * Everything needed to move one input at a time around the likely point: the model with
 * every input at its likely value, its exact NPV, and per line the overrides that put
 * that line's inputs at their likely values. An input's line is rebuilt from the
 * model's own line (so a factor multiplies the model's amounts once, never twice).
 */
interface LikelyPoint {
  model: Model;
  ev: LineEvaluator;
  base: Dec;
  overrides: Map<string, ScenarioOverride[]>;
}

export function likelyOverrides(inputs: readonly UncertainInput[]): ScenarioOverride[] {
  return inputs.filter((i) => !new Dec(i.likely).equals(i.value)).map((i) => inputOverride(i.ref, i.likely));
}

/** The model with every input at its likely value (a user's range may put it elsewhere than the model's value). */
export function likelyModel(model: Model, inputs: readonly UncertainInput[]): Model {
  return applyOverrides(model, likelyOverrides(inputs));
}

function likelyPoint(model: Model, target: NpvTarget, inputs: readonly UncertainInput[]): LikelyPoint {
  const list = likelyOverrides(inputs);
  const likely = applyOverrides(model, list);
  const ev = evaluator(likely, target);
  const overrides = new Map<string, ScenarioOverride[]>();
  for (const o of list) {
    if (o.kind === 'model') continue;
    const key = `${o.kind}:${o.id}`;
    overrides.set(key, [...(overrides.get(key) ?? []), o]);
  }
  return { model, ev, base: targetNpv(ev), overrides };
}

/** The target NPV with one input at one value and every other input likely. */
function npvWith(p: LikelyPoint, input: UncertainInput, value: DecimalString): Dec {
  const ref = input.ref;
  const change = inputOverride(ref, value);
  if (ref.kind === 'model') {
    const changed = applyOverrides(p.ev.model, [change]);
    return targetNpv(evaluator(changed, p.ev.target, discountFactors(changed)));
  }
  const key = `${ref.kind}:${ref.id}`;
  // The likely overrides of this line except the one for this input, then this input's value.
  const others = (p.overrides.get(key) ?? []).filter((o) => o.kind === 'model' || o.field !== change.field);
  if (ref.kind === 'cost') {
    const original = p.model.costs.find((c) => c.id === ref.id)!;
    const likely = p.ev.model.costs.find((c) => c.id === ref.id)!;
    return p.base.minus(costContribution(p.ev, likely)).plus(costContribution(p.ev, applyToCost(original, [...others, change])));
  }
  const original = p.model.benefits.find((b) => b.id === ref.id)!;
  const likely = p.ev.model.benefits.find((b) => b.id === ref.id)!;
  return p.base.minus(benefitContribution(p.ev, likely)).plus(benefitContribution(p.ev, applyToBenefit(original, [...others, change])));
}

/** The tornado as a run of one unit per input, so a worker can compute it in chunks (chunked.ts). */
export interface TornadoRun {
  readonly runs: number;
  readonly done: number;
  step(count: number): number;
  /** The bars of every input done so far, sorted; the whole tornado once `done === runs`. */
  result(): Tornado;
}

export function startTornado(model: Model, target: NpvTarget, inputs: readonly UncertainInput[] = uncertainInputs(model)): TornadoRun {
  // The likely point costs about one whole-model evaluation: made in the first step, not here,
  // so starting a run is instant and the first progress arrives after the first chunk.
  let p: LikelyPoint | null = null;
  const bars: TornadoBar[] = [];
  return {
    runs: inputs.length,
    get done() {
      return bars.length;
    },
    step(count) {
      const point = (p ??= likelyPoint(model, target, inputs));
      const end = Math.min(inputs.length, bars.length + Math.max(0, count));
      for (let i = bars.length; i < end; i++) {
        const input = inputs[i]!;
        const atLow = npvWith(point, input, input.low);
        const atHigh = npvWith(point, input, input.high);
        bars.push({ input, atLow: money(atLow), atHigh: money(atHigh), swing: money(atHigh.minus(atLow).abs()) });
      }
      return bars.length;
    },
    result() {
      const point = (p ??= likelyPoint(model, target, inputs));
      // A stable sort: equal swings keep model order, so the chart does not reshuffle on every edit.
      const sorted = [...bars].sort((a, b) => new Dec(b.swing).comparedTo(a.swing));
      return { base: money(point.base), bars: sorted };
    },
  };
}

export function tornado(model: Model, target: NpvTarget, inputs: readonly UncertainInput[] = uncertainInputs(model)): Tornado {
  const run = startTornado(model, target, inputs);
  run.step(run.runs);
  return run.result();
}

/** The budget holder that pays most: the sector with the largest present cost (first in model order on a tie). */
export function payingSector(model: Model): string | null {
  const ev = evaluator(model, { kind: 'fiscal' });
  let best: { id: string; pv: Dec } | null = null;
  for (const s of model.sectors) {
    let pv = new Dec(0);
    for (const c of model.costs) if (c.sector === s.id) pv = pv.minus(costContribution(ev, c));
    if (pv.greaterThan(0) && (!best || pv.greaterThan(best.pv))) best = { id: s.id, pv };
  }
  return best?.id ?? null;
}
