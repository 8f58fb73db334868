/**
 * Names of uncertain inputs as the user reads them ("Færre barnevernstiltak – effekt"),
 * and how each is shown and typed: shares and factors as percent, whole years as integers.
 */
import type { Model, ScenarioOverride } from '../engine/model';
import type { InputRef } from '../engine/uncertainty/inputs';
import type { Translate } from '../i18n/catalog';
import type { InputLabelKey } from './uncertainty-messages';

type OverrideField = ScenarioOverride['field'] | 'amounts' | 'cohortFactor';

type Labelled = readonly { id: string; label: string }[];

/**
 * Labels by id, made once per list: a tornado names thousands of inputs of a large model,
 * and a search of the whole list for each took about 45 ms. Edits build new lists, so an
 * index keyed on the list itself is never out of date; the first line of an id wins, as
 * `find` would give.
 */
const indexes = new WeakMap<Labelled, Map<string, string>>();

function labelsOf(list: Labelled): Map<string, string> {
  let index = indexes.get(list);
  if (!index) {
    index = new Map();
    for (const l of list) if (!index.has(l.id)) index.set(l.id, l.label);
    indexes.set(list, index);
  }
  return index;
}

export function lineLabel(model: Model, ref: { kind: string; id?: string }, t: Translate<InputLabelKey>): string {
  const list: Labelled = ref.kind === 'cost' ? model.costs : ref.kind === 'cohort' ? model.cohorts : model.benefits;
  const label = ref.id === undefined ? undefined : labelsOf(list).get(ref.id)?.trim();
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
