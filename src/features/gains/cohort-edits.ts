/**
 * Pure edits of the participant groups (cohorts). A cohort is referenced by gain lines,
 * so deleting one that is in use is refused unless the caller says what happens to
 * those lines: the model must never keep a line that names a missing cohort.
 */
import type { Cohort, DecimalString, Model } from '../../engine/model';
import { isCohortBenefit } from '../../engine/model';
import { mergeYearValues, uniqueId } from '../../ui/line-list';

export const COHORT_ID_PREFIX = 'cohort';

export function nextCohortId(model: Model): string {
  return uniqueId(COHORT_ID_PREFIX, model.cohorts.map((c) => c.id));
}

export function addCohort(model: Model, cohort: { id?: string; label: string }): Model {
  const taken = model.cohorts.some((c) => c.id === cohort.id);
  const id = cohort.id && !taken ? cohort.id : nextCohortId(model);
  const added: Cohort = { id, label: cohort.label, sizes: Array.from({ length: model.years }, () => '0') };
  return { ...model, cohorts: [...model.cohorts, added] };
}

/** The gain lines driven by a cohort, in model order. */
export function cohortUsers(model: Model, cohortId: string): { id: string; label: string }[] {
  return model.benefits
    .filter((b) => isCohortBenefit(b) && b.cohort === cohortId)
    .map((b) => ({ id: b.id, label: b.label }));
}

export type DeleteCohortOutcome =
  | { ok: true; model: Model }
  | { ok: false; usedBy: { id: string; label: string }[] };

/**
 * Deletes a cohort. When gain lines use it the deletion is refused and names them,
 * unless `withLines` is set: then those lines go too (one undoable step, asked for by
 * the user after seeing the list).
 */
export function deleteCohort(model: Model, cohortId: string, opts: { withLines?: boolean } = {}): DeleteCohortOutcome {
  if (!model.cohorts.some((c) => c.id === cohortId)) return { ok: true, model };
  const usedBy = cohortUsers(model, cohortId);
  if (usedBy.length > 0 && !opts.withLines) return { ok: false, usedBy };
  const gone = new Set(usedBy.map((u) => u.id));
  return {
    ok: true,
    model: {
      ...model,
      cohorts: model.cohorts.filter((c) => c.id !== cohortId),
      benefits: model.benefits.filter((b) => !gone.has(b.id)),
    },
  };
}

export function renameCohort(model: Model, cohortId: string, label: string): Model {
  if (!model.cohorts.some((c) => c.id === cohortId)) return model;
  return { ...model, cohorts: model.cohorts.map((c) => (c.id === cohortId ? { ...c, label } : c)) };
}

/** Sets the sizes of the years on screen; sizes beyond the horizon are kept. */
export function setCohortSizes(model: Model, cohortId: string, visible: readonly DecimalString[]): Model {
  if (!model.cohorts.some((c) => c.id === cohortId)) return model;
  return {
    ...model,
    cohorts: model.cohorts.map((c) =>
      c.id === cohortId ? { ...c, sizes: mergeYearValues(c.sizes, visible, model.years) } : c,
    ),
  };
}
