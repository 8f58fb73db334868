import type { Model } from './model';
import type { Result } from './result';
import { money } from './decimal';
import { benefitFlow, costFlow } from './lines';
import { createCalculator } from './calculator';

export { createCalculator } from './calculator';

/** The one entry point: a checked model in, every figure of spec §3 out. */
export function calculate(model: Model): Result {
  return createCalculator({ reuse: false })(model);
}

/** B(L,t) of one gain line, for the editor's profile next to the line. */
export function gainProfile(model: Model, benefitId: string): string[] {
  const line = model.benefits.find((b) => b.id === benefitId);
  return line ? benefitFlow(model, line).map(money) : [];
}

/** C(L,t) of one cost line, optimism bias included. */
export function costProfile(model: Model, costId: string): string[] {
  const line = model.costs.find((c) => c.id === costId);
  return line ? costFlow(model, line).map(money) : [];
}
