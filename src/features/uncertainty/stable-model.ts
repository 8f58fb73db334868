/**
 * The exact figures (tornado, break-even values) depend on the lines, sectors, timing
 * and discounting, not on a model's title, texts, scenarios or simulation settings.
 * Keeping the same model object across edits of those lets a large model's worker job
 * run on, instead of starting over because a seed or a title was typed.
 */
import { useState } from 'react';
import type { Model } from '../../engine/model';

/** Fields no exact figure of this screen reads; every other field counts (new ones too). */
const IRRELEVANT = new Set<string>(['title', 'description', 'proposer', 'municipality', 'sources', 'simulation', 'scenarios']);

/** Edits always build new objects, so a field left alone keeps its reference. */
export function sameFigureInputs(a: Model, b: Model): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    if (!IRRELEVANT.has(k) && a[k as keyof Model] !== b[k as keyof Model]) return false;
  }
  return true;
}

/** `value` as first seen for a model with the same figure inputs as `model`; `value` itself after a change that counts. */
export function useStableFor<T>(model: Model, value: T): T {
  const [kept, setKept] = useState({ model, value });
  if (kept.model !== model && !sameFigureInputs(kept.model, model)) {
    // Storing what the last render saw (React's documented pattern for it), not an effect.
    setKept({ model, value });
    return value;
  }
  return kept.value;
}
