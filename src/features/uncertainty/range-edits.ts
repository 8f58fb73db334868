/**
 * Model edits of the uncertainty screen, as pure functions for `useModelStore().update`:
 * a range set or removed on one input, and the simulation settings.
 */
import type { BenefitLine, Model, Range, Simulation } from '../../engine/model';
import type { InputRef } from '../../engine/uncertainty/inputs';

export const DEFAULT_SIMULATION: Simulation = { seed: 1, runs: 10_000, distribution: 'pert' };

export function simulationSettings(model: Model): Simulation {
  return { ...DEFAULT_SIMULATION, ...model.simulation };
}

export function setSimulation(model: Model, change: Partial<Simulation>): Model {
  return { ...model, simulation: { ...simulationSettings(model), ...change } };
}

/** Sets the range of one input; null removes it, so the stated default (±25 %) applies again. */
export function setInputRange(model: Model, ref: InputRef, range: Range | null): Model {
  if (ref.kind === 'model') {
    const next = { ...model };
    if (range) next.discountRateRange = range;
    else delete next.discountRateRange;
    return next;
  }
  if (ref.kind === 'cost') {
    return {
      ...model,
      costs: model.costs.map((c) => {
        if (c.id !== ref.id) return c;
        const next = { ...c };
        if (range) next.range = range;
        else delete next.range;
        return next;
      }),
    };
  }
  return {
    ...model,
    benefits: model.benefits.map((b) => {
      if (b.id !== ref.id) return b;
      const ranges = { ...b.ranges };
      if (range) ranges[ref.field] = range;
      else delete ranges[ref.field];
      const next: BenefitLine = { ...b };
      // No empty `ranges` object: the saved file stays as it was before any range was set.
      if (Object.keys(ranges).length > 0) next.ranges = ranges;
      else delete next.ranges;
      return next;
    }),
  };
}

/** The range with one end (low, likely or high) changed, starting from what the input shows now. */
export function withRangeEnd(current: { low: string; likely: string; high: string }, end: 'low' | 'likely' | 'high', value: string): Range {
  return { low: current.low, likely: current.likely, high: current.high, [end]: value };
}
