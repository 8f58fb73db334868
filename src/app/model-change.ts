/**
 * Which part of the model one undo or redo step changed, so the step can be announced in
 * words ("Undid a change to the costs") rather than left for the user to find.
 */
import type { Model } from '../engine/model';

export type ModelPart = 'costs' | 'gains' | 'sectors' | 'transfers' | 'measure' | 'several';

const PART_OF: Partial<Record<keyof Model, ModelPart>> = {
  costs: 'costs',
  benefits: 'gains',
  cohorts: 'gains',
  sectors: 'sectors',
  transfers: 'transfers',
};

/** The part that differs between two versions of the model; null when nothing does. */
export function changedPart(before: Model, after: Model): ModelPart | null {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)] as (keyof Model)[]);
  const parts = new Set<ModelPart>();
  for (const key of keys) {
    const a = before[key];
    const b = after[key];
    // Edits keep untouched parts by reference; a restored history may not, so compare content then.
    if (a === b || JSON.stringify(a) === JSON.stringify(b)) continue;
    parts.add(PART_OF[key] ?? 'measure');
  }
  if (parts.size === 0) return null;
  return parts.size === 1 ? [...parts][0]! : 'several';
}
