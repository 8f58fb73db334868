/**
 * Names of uncertain inputs as the user reads them ("Færre barnevernstiltak – effekt"),
 * and how each is shown and typed: shares and factors as percent, whole years as integers.
 */
import type { Model, ScenarioOverride } from '../engine/model';
import type { InputRef } from '../engine/uncertainty/inputs';
import type { Translate } from '../i18n/catalog';
import type { InputLabelKey } from './uncertainty-messages';

type OverrideField = ScenarioOverride['field'] | 'amounts' | 'cohortFactor';

export function lineLabel(model: Model, ref: { kind: string; id?: string }, t: Translate<InputLabelKey>): string {
  const list = ref.kind === 'cost' ? model.costs : ref.kind === 'cohort' ? model.cohorts : model.benefits;
  const label = list.find((l) => l.id === ref.id)?.label.trim();
  return label || ref.id || t('unnamed');
}

function fieldKey(kind: string, field: OverrideField): InputLabelKey {
  if (kind === 'cohort') return 'field.cohortFactor';
  return `field.${field}` as InputLabelKey;
}

export function inputLabel(model: Model, ref: InputRef | ScenarioOverride, t: Translate<InputLabelKey>): string {
  if (ref.kind === 'model') return t('field.discountRate');
  return t('inputLabel', { line: lineLabel(model, ref, t), field: t(fieldKey(ref.kind, ref.field)) });
}

export type FieldFormat = 'percent' | 'integer' | 'number';

/** Shares, rates and factors read best as percent ("125 %" of the amounts); lag and duration are whole years. */
export function fieldFormat(field: OverrideField): FieldFormat {
  if (field === 'lag' || field === 'duration') return 'integer';
  if (field === 'unitValue') return 'number';
  return 'percent';
}
