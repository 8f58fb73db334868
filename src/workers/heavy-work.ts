/**
 * When an exact figure is heavy enough for the worker. Rough costs measured on the
 * large model (bench/large-model.ts) and smaller generated ones in Node: a tornado input
 * costs about 10 µs per model year (3 417 inputs × 60 years ≈ 2 s), the break-even
 * values about 2.5 µs per model year for each cost line and four times that for each gain
 * line (1 000 lines × 60 years ≈ 0.4 s). The built-in examples estimate a few
 * milliseconds and compute at once, as before.
 */
import type { Model } from '../engine/model';
import type { UncertainInput } from '../engine/uncertainty/inputs';

/** Above this estimate the page would visibly stall: the figure goes to the worker. */
export const HEAVY_MS = 50;

export function tornadoCostMs(model: Model, inputs: readonly UncertainInput[]): number {
  return inputs.length * model.years * 0.01;
}

export function switchingCostMs(model: Model): number {
  return (model.benefits.length * 4 + model.costs.length) * model.years * 0.0025;
}
