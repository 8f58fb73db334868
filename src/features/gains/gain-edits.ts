/**
 * Pure edits of the gain lines. Each returns a new model (never mutating) so that one
 * call through the store is one undoable step. Values are already checked by the fields;
 * these edits keep the structure valid: unique ids, existing sectors and cohorts, a line
 * either direct or cohort-driven, never both.
 */
import type { BenefitLine, CohortBenefit, DecimalString, DirectBenefit, Model } from '../../engine/model';
import { isCohortBenefit } from '../../engine/model';
import { gainProfile } from '../../engine/calculate';
import { Dec, fixed, sum } from '../../engine/decimal';
import { yearValues } from '../../engine/lines';
import { mergeYearValues, uniqueId } from '../../ui/line-list';
import { addCohort } from './cohort-edits';

export const GAIN_ID_PREFIX = 'gain';

export function nextGainId(model: Model): string {
  return uniqueId(GAIN_ID_PREFIX, model.benefits.map((b) => b.id));
}

function freshId(model: Model, wanted: string | undefined): string {
  return wanted && !model.benefits.some((b) => b.id === wanted) ? wanted : nextGainId(model);
}

const NO_ADJUSTMENTS = { deadweight: '0', attribution: '0', displacement: '0' } as const;

/** What a new line of either kind starts as: in the first sector, a cashable gain with no adjustments yet. */
function newLine(model: Model, line: { id?: string; label: string }) {
  return { id: freshId(model, line.id), label: line.label, sector: model.sectors[0]?.id ?? '', type: 'cashable', ...NO_ADJUSTMENTS } as const;
}

export function addDirectGain(model: Model, line: { id?: string; label: string }): Model {
  const added: DirectBenefit = { ...newLine(model, line), amounts: Array.from({ length: model.years }, () => '0') };
  return { ...model, benefits: [...model.benefits, added] };
}

/**
 * A new cohort-driven line uses the first cohort; when there is none yet, one is made
 * (named `cohortLabel`) in the same step, so the line never points at nothing. Effect
 * and unit value start at zero: the app does not invent figures for the user.
 */
export function addCohortGain(model: Model, line: { id?: string; label: string; cohortLabel: string }): Model {
  const withCohort = model.cohorts.length > 0 ? model : addCohort(model, { label: line.cohortLabel });
  const added: CohortBenefit = {
    ...newLine(withCohort, line),
    cohort: withCohort.cohorts[0]!.id,
    effect: '0',
    unitValue: '0',
    lag: 0,
    duration: null,
    dropOff: '0',
  };
  return { ...withCohort, benefits: [...withCohort.benefits, added] };
}

export function deleteGain(model: Model, id: string): Model {
  if (!model.benefits.some((b) => b.id === id)) return model;
  return { ...model, benefits: model.benefits.filter((b) => b.id !== id) };
}

/** The copy gets a fresh id and lands right below its original. */
export function duplicateGain(model: Model, id: string, label: string, newId?: string): Model {
  const index = model.benefits.findIndex((b) => b.id === id);
  if (index < 0) return model;
  const original = model.benefits[index]!;
  const copy: BenefitLine = isCohortBenefit(original)
    ? { ...original, id: freshId(model, newId), label }
    : { ...original, id: freshId(model, newId), label, amounts: [...original.amounts] };
  const benefits = [...model.benefits.slice(0, index + 1), copy, ...model.benefits.slice(index + 1)];
  return { ...model, benefits };
}

function mapGain(model: Model, id: string, change: (b: BenefitLine) => BenefitLine): Model {
  let changed = false;
  const benefits = model.benefits.map((b) => {
    if (b.id !== id) return b;
    const next = change(b);
    if (next !== b) changed = true;
    return next;
  });
  return changed ? { ...model, benefits } : model;
}

/** Fields both kinds of line have, with the model's own types. */
export type GainPatch = Partial<Pick<BenefitLine, 'label' | 'sector' | 'type' | 'deadweight' | 'attribution' | 'displacement'>>;

/** Fields both kinds of line have. A sector that does not exist is ignored. */
export function updateGain(model: Model, id: string, patch: GainPatch): Model {
  if (patch.sector !== undefined && !model.sectors.some((s) => s.id === patch.sector)) return model;
  return mapGain(model, id, (b) => ({ ...b, ...patch }));
}

export type CohortGainPatch = Partial<Pick<CohortBenefit, 'cohort' | 'effect' | 'unitValue' | 'lag' | 'duration' | 'dropOff'>>;

/** Fields of a cohort-driven line; ignored on a direct line and for a missing cohort. */
export function updateCohortGain(model: Model, id: string, patch: CohortGainPatch): Model {
  if (patch.cohort !== undefined && !model.cohorts.some((c) => c.id === patch.cohort)) return model;
  return mapGain(model, id, (b) => (isCohortBenefit(b) ? { ...b, ...patch } : b));
}

/** Sets the amounts of the years on screen of a direct line; the tail beyond the horizon is kept. */
export function setGainAmounts(model: Model, id: string, visible: readonly DecimalString[]): Model {
  return mapGain(model, id, (b) =>
    isCohortBenefit(b) ? b : { ...b, amounts: mergeYearValues(b.amounts, visible, model.years) },
  );
}

/** `undefined` removes the line's own optimism bias, so the model default applies again. */
export function setGainOptimismBias(model: Model, id: string, value: DecimalString | undefined): Model {
  return mapGain(model, id, (b) => {
    const { optimismBias: _old, ...rest } = b;
    return (value === undefined ? rest : { ...rest, optimismBias: value }) as BenefitLine;
  });
}

function adjustmentsOf(b: BenefitLine) {
  const base = {
    id: b.id, label: b.label, sector: b.sector, type: b.type,
    deadweight: b.deadweight, attribution: b.attribution, displacement: b.displacement,
  };
  return b.optimismBias === undefined ? base : { ...base, optimismBias: b.optimismBias };
}

/**
 * The gross gain G(L,t) of a line, computed by the engine itself: the line with its
 * adjustments and optimism bias set to zero gives B = G, so no formula is copied here.
 */
export function grossProfile(model: Model, id: string): string[] {
  const bare = mapGain(model, id, (b) => ({ ...b, ...NO_ADJUSTMENTS, optimismBias: '0' }));
  return gainProfile(bare, id);
}

/**
 * Cohort-driven → direct: the yearly gross gains the line produced become its amounts,
 * so the line's profile (and every figure) stays the same after the switch.
 */
export function toDirect(model: Model, id: string): Model {
  const line = model.benefits.find((b) => b.id === id);
  if (!line || !isCohortBenefit(line)) return model;
  const amounts = grossProfile(model, id);
  return mapGain(model, id, () => ({ ...adjustmentsOf(line), amounts }) satisfies DirectBenefit);
}

/**
 * Direct → cohort-driven: every participant counts once (effect 1, one year, no lag, no
 * drop-off) and the unit value spreads the line's total over the cohort's participants,
 * so the total gain over the horizon stays about the same. Without participants the
 * unit value is zero. Without any cohort one is made (named `cohortLabel`).
 */
export function toCohortDriven(model: Model, id: string, opts: { cohortId?: string; cohortLabel: string }): Model {
  const line = model.benefits.find((b) => b.id === id);
  if (!line || isCohortBenefit(line)) return model;
  const withCohort = model.cohorts.length > 0 ? model : addCohort(model, { label: opts.cohortLabel });
  const cohort = withCohort.cohorts.find((c) => c.id === opts.cohortId) ?? withCohort.cohorts[0]!;
  const total = sum(yearValues(line.amounts, model.years));
  const participants = sum(yearValues(cohort.sizes, model.years));
  const unitValue = participants.isZero() ? '0' : fixed(total.div(participants), 2);
  const switched: CohortBenefit = {
    ...adjustmentsOf(line),
    cohort: cohort.id,
    effect: '1',
    unitValue: new Dec(unitValue).isZero() ? '0' : unitValue,
    lag: 0,
    duration: 1,
    dropOff: '0',
  };
  return mapGain(withCohort, id, () => switched);
}
