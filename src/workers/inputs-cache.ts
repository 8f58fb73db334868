import type { Model } from '../engine/model';
import { uncertainInputs, type UncertainInput } from '../engine/uncertainty/inputs';

/**
 * The inputs of a model, made once for its lines and discounting (about 50–150 ms on a
 * large model): the live copy and the deferred one share them, and an edit of a seed, a
 * title or a scenario, which leaves those fields alone, reuses them too.
 */
interface CachedInputs {
  model: Model;
  inputs: UncertainInput[];
}
const inputsCache = new WeakMap<Model['benefits'], CachedInputs>();
const INPUT_FIELDS = ['costs', 'discountRate', 'discountSchedule', 'discountRateRange'] as const;
export function inputsOf(model: Model): UncertainInput[] {
  const hit = inputsCache.get(model.benefits);
  if (hit && INPUT_FIELDS.every((k) => hit.model[k] === model[k])) return hit.inputs;
  const inputs = uncertainInputs(model);
  inputsCache.set(model.benefits, { model, inputs });
  return inputs;
}
